package nl.jeugdregie.berichtenverkeer.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.OnleesbaarBericht;
import nl.jeugdregie.ijw.RetourberichtBuilder;
import nl.jeugdregie.ijw.Validator;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.NietGevonden;
import org.springframework.context.annotation.Bean;
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

/**
 * The iJw validator on its own: upload a message, read every finding in plain Dutch with its rule
 * code, retourcode and place, and download the retourbericht. Nothing is stored or sent; the retour
 * is kept in the user's session only, until the session ends.
 */
@Controller
@PreAuthorize("hasAnyRole('BACKOFFICE', 'AANBIEDER', 'BEHEERDER')")
class ValidatiePagina {

    private static final String RETOUREN = "ijw-validatie-retouren";

    private final Clock clock;

    ValidatiePagina(Clock clock) {
        this.clock = clock;
    }

    @Bean
    static Menuitem validatieMenu() {
        return new Menuitem(
                "iJw-validator",
                "Een iJw 3.2-bericht controleren zonder het te versturen, met uitleg per bevinding.",
                "/ijw/validatie",
                Set.of("BACKOFFICE", "AANBIEDER", "BEHEERDER"),
                21);
    }

    @GetMapping("/ijw/validatie")
    String formulier() {
        return "berichtenverkeer/validatie";
    }

    @PostMapping("/ijw/validatie")
    String valideer(@RequestParam("bestand") MultipartFile bestand, Model model, HttpSession sessie)
            throws IOException {
        model.addAttribute("bestandsnaam", bestand.getOriginalFilename());
        if (bestand.isEmpty()) {
            boolean gekozen = bestand.getOriginalFilename() != null
                    && !bestand.getOriginalFilename().isBlank();
            model.addAttribute(
                    "fout",
                    gekozen
                            ? "Het bestand " + bestand.getOriginalFilename()
                                    + " is leeg (0 bytes); er staat geen iJw-bericht in."
                            : "Kies een bestand met een iJw-bericht.");
            return "berichtenverkeer/validatie";
        }
        if (bestand.getSize() > Berichtenbus.MAXIMALE_GROOTTE) {
            model.addAttribute("fout", "Het bestand is groter dan 25 MB (OP179).");
            return "berichtenverkeer/validatie";
        }
        Validator.Beoordeling beoordeling;
        try {
            beoordeling = Validator.standaard().beoordeel(new ByteArrayInputStream(bestand.getBytes()));
        } catch (OnleesbaarBericht e) {
            // the reader names what the file is ("Dit is een zip-bestand, geen iJw-bericht") in Dutch
            model.addAttribute("fout", e.getMessage());
            return "berichtenverkeer/validatie";
        }
        model.addAttribute("resultaat", beoordeling.resultaat());
        Bericht bericht = beoordeling.bericht();
        boolean retourMogelijk = bericht != null
                && bericht.type().isHeenbericht()
                && !beoordeling.resultaat().heeftNiveau(1);
        if (retourMogelijk) {
            Bericht retour = RetourberichtBuilder.voor(bericht, beoordeling.resultaat())
                    .identificatie("VALIDATIE")
                    .dagtekening(LocalDate.now(clock))
                    .build();
            String id = UUID.randomUUID().toString();
            retouren(sessie).put(id, BerichtSchrijver.bytes(retour));
            model.addAttribute("retourId", id);
            model.addAttribute("retourType", retour.type().name());
        } else if (bericht != null && bericht.type().isHeenbericht()) {
            model.addAttribute(
                    "geenRetour",
                    "Het bericht voldoet niet aan het XSD: de afzender krijgt een foutmelding, geen retourbericht.");
        }
        return "berichtenverkeer/validatie";
    }

    @GetMapping("/ijw/validatie/{id}/retour")
    ResponseEntity<byte[]> retour(@PathVariable String id, HttpSession sessie) {
        byte[] retour = retouren(sessie).get(id);
        if (retour == null) {
            throw new NietGevonden("Dit retourbericht is niet (meer) beschikbaar; valideer het bericht opnieuw.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .headers(h -> h.setContentDisposition(Bijlage.als("retourbericht.xml")))
                .body(retour);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, byte[]> retouren(HttpSession sessie) {
        Map<String, byte[]> retouren = (Map<String, byte[]>) sessie.getAttribute(RETOUREN);
        if (retouren == null) {
            // the last few retours only: a session never holds more than five
            retouren = new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> oudste) {
                    return size() > 5;
                }
            };
            sessie.setAttribute(RETOUREN, retouren);
        }
        return retouren;
    }
}
