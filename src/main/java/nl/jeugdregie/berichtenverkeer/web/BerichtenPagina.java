package nl.jeugdregie.berichtenverkeer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtfilter;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;
import nl.jeugdregie.berichtenverkeer.Kanaal;
import nl.jeugdregie.berichtenverkeer.OngeldigBerichtbestand;
import nl.jeugdregie.berichtenverkeer.Richting;
import nl.jeugdregie.berichtenverkeer.Termijnen;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a message, follow what happened to it, download it and its retourbericht. */
@Controller
@PreAuthorize("hasAnyRole('BACKOFFICE', 'AANBIEDER', 'BEHEERDER')")
class BerichtenPagina {

    private final Berichtenbus bus;
    private final Termijnen termijnen;

    BerichtenPagina(Berichtenbus bus, Termijnen termijnen) {
        this.bus = bus;
        this.termijnen = termijnen;
    }

    @Bean
    static Menuitem berichtenMenu() {
        return new Menuitem(
                "Berichten",
                "iJw-berichten aanbieden, volgen en retourberichten ophalen.",
                "/berichten",
                Set.of("BACKOFFICE", "AANBIEDER", "BEHEERDER"),
                20);
    }

    @GetMapping("/berichten")
    String lijst(
            @RequestParam(required = false) String richting,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        vulLijst(richting, type, status, page, model);
        return "berichtenverkeer/berichten";
    }

    private void vulLijst(String richting, String type, String status, int page, Model model) {
        Richting gekozenRichting = keuze(Richting.class, richting);
        Berichtstatus gekozenStatus = keuze(Berichtstatus.class, status);
        String gekozenType = type == null || type.isBlank() ? null : type;
        model.addAttribute(
                "pagina",
                bus.zoek(
                        new Berichtfilter(gekozenRichting, gekozenType, gekozenStatus, null, null, null, null),
                        new Paginering(Math.max(1, page), 25)));
        model.addAttribute("termijnen", termijnen.stand());
        model.addAttribute("wachtend", bus.wachtendOpClientgegevens());
        model.addAttribute("richting", richting);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("statussen", Berichtstatus.values());
        model.addAttribute(
                "typen",
                List.of(
                        "JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW315", "JW316", "JW317", "JW318",
                        "JW319", "JW320", "JW323", "JW325"));
    }

    /**
     * Only an aanbieder uploads, its own messages; anyone else gets 403 with the explanation on the page (the
     * backoffice checks a message on the validator page instead).
     */
    @PostMapping("/berichten")
    String upload(
            @RequestParam(name = "bestand", required = false) MultipartFile bestand,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            bus.vereisIndiener();
        } catch (NietGeautoriseerd e) {
            return geweigerd(e, model, response);
        }
        if (bestand == null || bestand.isEmpty()) {
            redirect.addFlashAttribute("fout", "Kies een bestand met een iJw-bericht.");
            return "redirect:/berichten";
        }
        try {
            Berichtenbus.Ontvangst ontvangst =
                    bus.ontvang(bestand.getBytes(), Kanaal.UPLOAD, bestand.getOriginalFilename());
            redirect.addFlashAttribute(
                    "succes",
                    ontvangst.berichttype() + " " + ontvangst.identificatie() + " is ontvangen"
                            + (ontvangst.status() == Berichtstatus.DUBBEL
                                    ? ", maar is al eerder ontvangen (TR056): het krijgt retourcode 9056."
                                    : " en wordt verwerkt."));
            return "redirect:/berichten/" + ontvangst.id();
        } catch (OngeldigBerichtbestand e) {
            redirect.addFlashAttribute("fout", "Het bestand is niet in behandeling genomen: " + e.getMessage());
        } catch (NietGeautoriseerd e) {
            return geweigerd(e, model, response);
        }
        return "redirect:/berichten";
    }

    private String geweigerd(NietGeautoriseerd fout, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        vulLijst(null, null, null, 1, model);
        model.addAttribute("fout", "Het bericht is niet aangeboden. " + fout.getMessage());
        return "berichtenverkeer/berichten";
    }

    @GetMapping("/berichten/{id}")
    String bericht(@PathVariable UUID id, Model model) {
        Berichtgegevens bericht = bus.gegevens(id);
        model.addAttribute("bericht", bericht);
        boolean heenbericht = ijwHeenbericht(bericht.berichttype());
        model.addAttribute("heenbericht", heenbericht);
        model.addAttribute("retour", heenbericht ? bus.retourVan(id).orElse(null) : null);
        model.addAttribute("antwoordOp", bericht.heenbericht() == null ? null : bus.gegevens(bericht.heenbericht()));
        return "berichtenverkeer/bericht";
    }

    @PostMapping("/berichten/{id}/verzonden")
    @PreAuthorize("hasAnyRole('BACKOFFICE', 'BEHEERDER')")
    String markeerVerzonden(@PathVariable UUID id, RedirectAttributes redirect) {
        return markeer(id, bus::markeerVerzonden, "verzonden", redirect);
    }

    /** Marks an outgoing message with {@code markering} and comes back to it, with what happened. */
    private static String markeer(
            UUID id, Function<UUID, Berichtgegevens> markering, String als, RedirectAttributes redirect) {
        try {
            Berichtgegevens bericht = markering.apply(id);
            redirect.addFlashAttribute(
                    "succes",
                    bericht.berichttype() + " " + bericht.identificatie() + " is gemarkeerd als " + als + ".");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/berichten/" + id;
    }

    private static boolean ijwHeenbericht(String berichttype) {
        return nl.jeugdregie.ijw.BerichtType.valueOf(berichttype).isHeenbericht();
    }

    /** The message as a file; downloading changes nothing (marking it fetched is {@link #markeerOpgehaald}). */
    @GetMapping("/berichten/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        Berichtgegevens bericht = bus.gegevens(id);
        byte[] inhoud = bus.inhoud(id, "/berichten/" + id + "/download");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .headers(h -> h.setContentDisposition(
                        Bijlage.als(bericht.berichttype() + "-" + bericht.identificatie() + ".xml")))
                .body(inhoud);
    }

    @PostMapping("/berichten/{id}/opgehaald")
    @PreAuthorize("hasRole('AANBIEDER')")
    String markeerOpgehaald(@PathVariable UUID id, RedirectAttributes redirect) {
        return markeer(id, bus::markeerOpgehaald, "opgehaald", redirect);
    }

    private static <E extends Enum<E>> E keuze(Class<E> soort, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
