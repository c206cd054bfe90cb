package nl.jeugdregie.inkoop.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Set;
import nl.jeugdregie.inkoop.Importen;
import nl.jeugdregie.inkoop.Importsoort;
import nl.jeugdregie.inkoop.Importtaak;
import nl.jeugdregie.inkoop.Product;
import nl.jeugdregie.inkoop.ProductService;
import nl.jeugdregie.inkoop.Productbron;
import nl.jeugdregie.inkoop.Uitvoeringsvariant;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Formulierfouten;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Paginering;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The product catalogue to browse, and the upload of a new version of the official list. */
@Controller
class ProductPagina {

    private final ProductService producten;
    private final Importen importen;

    ProductPagina(ProductService producten, Importen importen) {
        this.producten = producten;
        this.importen = importen;
    }

    @Bean
    static Menuitem productcatalogusMenu() {
        return new Menuitem(
                "Productcatalogus",
                "De Standaardproductcodelijst Jeugdwet en regionale producten met uitvoeringsvariant, hulpvorm en"
                        + " jeugdzorgvorm.",
                "/inkoop/producten",
                Set.of("INKOOP", "BEHEERDER", "BACKOFFICE", "TOEGANG", "ANALIST", "AANBIEDER"),
                36);
    }

    @GetMapping("/inkoop/producten")
    String producten(
            @RequestParam(required = false) String tekst,
            @RequestParam(required = false) String categorie,
            @RequestParam(required = false) Uitvoeringsvariant variant,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) Productbron bron,
            @RequestParam(defaultValue = "false") boolean vervallen,
            @RequestParam(required = false) String jeugdzorgvorm,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        boolean onbekend = JeugdzorgvormFormulier.isOnbekend(jeugdzorgvorm);
        ProductService.Filter filter = new ProductService.Filter(
                tekst,
                categorie == null ? null : Productcategorie.find(categorie).orElse(null),
                variant,
                hulpvorm == null ? null : Hulpvorm.find(hulpvorm).orElse(null),
                bron,
                vervallen,
                jeugdzorgvorm == null || onbekend
                        ? null
                        : Jeugdzorgvorm.find(jeugdzorgvorm).orElse(null),
                onbekend);
        model.addAttribute("pagina", producten.zoek(filter, new Paginering(Math.max(1, page), 50)));
        model.addAttribute("tekst", tekst);
        model.addAttribute("categorie", categorie);
        model.addAttribute("variant", variant);
        model.addAttribute("hulpvorm", hulpvorm);
        model.addAttribute("bron", bron);
        model.addAttribute("vervallen", vervallen);
        model.addAttribute("categorieen", Productcategorie.values());
        model.addAttribute("varianten", Uitvoeringsvariant.values());
        model.addAttribute("hulpvormen", Hulpvorm.values());
        model.addAttribute("bronnen", Productbron.values());
        model.addAttribute("jeugdzorgvorm", jeugdzorgvorm);
        model.addAttribute("jeugdzorgvormen", Jeugdzorgvorm.values());
        model.addAttribute("onbekend", JeugdzorgvormFormulier.ONBEKEND);
        model.addAttribute("zonderJeugdzorgvorm", producten.aantalZonderJeugdzorgvorm());
        return "inkoop/producten";
    }

    @PostMapping("/inkoop/producten/import")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String importeer(@RequestParam(required = false) MultipartFile bestand, RedirectAttributes redirect)
            throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            redirect.addFlashAttribute("fout", "Kies het bestand met de productcodelijst (JSON of CSV).");
            return "redirect:/inkoop/producten";
        }
        Importtaak taak = importen.start(Importsoort.PRODUCTCODELIJST, bestand.getBytes(), false);
        return "redirect:/inkoop/importen/" + taak.id();
    }

    @GetMapping("/inkoop/producten/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String nieuw(Model model) {
        model.addAttribute("formulier", RegionaalProductFormulier.leeg());
        return formulier(model);
    }

    @PostMapping("/inkoop/producten/nieuw")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String voegToe(
            @Valid @ModelAttribute("formulier") RegionaalProductFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        if (Formulierfouten.probeer(
                fouten,
                () -> producten.voegRegionaalProductToe(
                        formulier.code(),
                        formulier.omschrijving(),
                        formulier.productcategorie(),
                        formulier.uitvoeringsvariant(),
                        formulier.gekozenEenheden(),
                        formulier.cbsHulpvorm()))) {
            String code = formulier.code().trim().toUpperCase(java.util.Locale.ROOT);
            redirect.addFlashAttribute("succes", "Regionaal product " + code + " is toegevoegd.");
            return "redirect:/inkoop/producten?bron=REGIONAAL&tekst=" + code;
        }
        return formulier(model);
    }

    @GetMapping("/inkoop/producten/{code}")
    String product(@PathVariable String code, Model model) {
        Product product = producten.vereis(code);
        model.addAttribute("product", product);
        model.addAttribute("historie", producten.historie(product.code()));
        model.addAttribute("standaard", product.standaardJeugdzorgvorm().orElse(null));
        model.addAttribute("jeugdzorgvormen", Jeugdzorgvorm.values());
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", JeugdzorgvormFormulier.van(product.jeugdzorgvorm()));
        }
        return "inkoop/product";
    }

    @PostMapping("/inkoop/producten/{code}/jeugdzorgvorm")
    @PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
    String wijzigJeugdzorgvorm(
            @PathVariable String code,
            @ModelAttribute("formulier") JeugdzorgvormFormulier formulier,
            BindingResult fouten,
            Model model,
            RedirectAttributes redirect) {
        Product product = producten.vereis(code);
        if (Formulierfouten.probeer(fouten, () -> producten.wijzigJeugdzorgvorm(product.code(), formulier.gekozen()))) {
            redirect.addFlashAttribute("succes", "De jeugdzorgvorm van " + product.code() + " is opgeslagen.");
            return "redirect:/inkoop/producten/" + product.code();
        }
        return product(product.code(), model);
    }

    private String formulier(Model model) {
        model.addAttribute("categorieen", Productcategorie.values());
        model.addAttribute("varianten", Uitvoeringsvariant.values());
        model.addAttribute("hulpvormen", Hulpvorm.values());
        model.addAttribute("eenheden", Eenheid.values());
        return "inkoop/product-formulier";
    }
}
