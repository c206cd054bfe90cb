package nl.jeugdregie.declaratie.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.declaratie.Declaratieoverzicht;
import nl.jeugdregie.declaratie.Prestatieregel;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Declaraties with the outcome of every prestatie and, next to each rejected one, the Dutch explanation. BACKOFFICE
 * sees the declaraties of the region's gemeenten, an AANBIEDER only its own. Opening a declaratie shows BSNs, so it is
 * logged in the toegangslog once per client.
 */
@Controller
@RequestMapping("/declaraties")
@PreAuthorize("hasAnyRole('BACKOFFICE', 'AANBIEDER')")
class DeclaratiePagina {

    private static final int PAGINAGROOTTE = 50;

    private final DeclaratieService declaraties;
    private final Toegangslog toegangslog;

    DeclaratiePagina(DeclaratieService declaraties, Toegangslog toegangslog) {
        this.declaraties = declaraties;
        this.toegangslog = toegangslog;
    }

    @Bean
    static Menuitem declaratiesMenu() {
        return new Menuitem(
                "Declaraties",
                "Ingediende declaraties met per prestatie de beoordeling en de reden van afwijzing.",
                "/declaraties",
                Set.of("BACKOFFICE", "AANBIEDER"),
                30);
    }

    @GetMapping
    String lijst(@RequestParam(defaultValue = "1") int page, Model model) {
        Resultaatpagina<Declaratieoverzicht> pagina =
                declaraties.zichtbareDeclaraties(new Paginering(Math.max(1, page), PAGINAGROOTTE));
        model.addAttribute("pagina", pagina);
        model.addAttribute("declaraties", pagina.items());
        return "declaratie/declaraties";
    }

    @GetMapping("/{id}")
    String declaratie(@PathVariable long id, Model model) {
        Declaratieoverzicht d = declaraties
                .declaratie(id)
                .orElseThrow(() -> new NietGevonden("Declaratie " + id + " bestaat niet of is niet zichtbaar"));
        List<Prestatieregel> prestaties = declaraties.prestaties(id);
        Set<Bsn> clienten = new LinkedHashSet<>();
        prestaties.forEach(p -> clienten.add(p.client()));
        toegangslog.registreer(clienten.stream()
                .map(c -> new Gebeurtenis(
                        c,
                        Actie.RAADPLEGEN,
                        "declaratie " + d.declaratienummer(),
                        "aanbieder " + d.aanbieder(),
                        "/declaraties/" + id))
                .toList());
        model.addAttribute("d", d);
        model.addAttribute("prestaties", prestaties);
        return "declaratie/declaratie";
    }
}
