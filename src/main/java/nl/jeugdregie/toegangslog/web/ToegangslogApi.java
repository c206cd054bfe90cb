package nl.jeugdregie.toegangslog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Ketencontroleresultaat;
import nl.jeugdregie.toegangslog.Logregel;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The toegangslog for BEHEERDER. A jeugdige is filtered by pseudonym: a BSN never goes in a URL.
 */
@RestController
@RequestMapping(Api.BASIS + "/toegangslog")
@PreAuthorize("hasRole('BEHEERDER')")
@Tag(name = "Toegangslog", description = "Wie welke gegevens van een jeugdige heeft ingezien of gewijzigd (NEN 7513)")
class ToegangslogApi {

    private final Toegangslog toegangslog;

    ToegangslogApi(Toegangslog toegangslog) {
        this.toegangslog = toegangslog;
    }

    record LogregelJson(
            long id,
            Instant tijdstip,
            String gebruiker,
            List<String> rollen,
            String organisatie,
            String namens,
            String jeugdige,
            String actie,
            String gegevens,
            String toelichting,
            String vorigeHash,
            String hash) {
        static LogregelJson van(Logregel r) {
            return new LogregelJson(
                    r.id(),
                    r.tijdstip(),
                    r.gebruiker(),
                    r.rollen().isEmpty() ? List.of() : List.of(r.rollen().split(",")),
                    r.organisatie(),
                    r.namens(),
                    r.jeugdige(),
                    r.actie().code(),
                    r.gegevens(),
                    r.toelichting(),
                    r.vorigeHash(),
                    r.hash());
        }
    }

    record ControleJson(boolean intact, long gecontroleerd, Long eersteFouteRegel, String melding, Instant tijdstip) {
        static ControleJson van(Ketencontroleresultaat c) {
            return new ControleJson(c.intact(), c.gecontroleerd(), c.eersteFouteRegel(), c.melding(), c.tijdstip());
        }
    }

    @GetMapping
    @Operation(
            operationId = "listToegangslog",
            summary = "Toegangslog doorzoeken",
            description =
                    "Regels van het toegangslog, nieuwste eerst. Filter op gebruiker, periode (datums, tot en met),"
                            + " actie en het pseudoniem van de jeugdige. De acties inloggen-mislukt en"
                            + " toegang-geweigerd geven de beveiligingsgebeurtenissen (zonder jeugdige).")
    ResponseEntity<List<LogregelJson>> zoek(
            @RequestParam(required = false) String gebruiker,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) String actie,
            @RequestParam(required = false) String jeugdige,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        Actie gekozen = null;
        if (actie != null && !actie.isBlank()) {
            try {
                gekozen = Actie.vanCode(actie);
            } catch (RuntimeException e) {
                fouten.add(new OngeldigeParameter("actie", "Onbekende actie; kies uit " + codes()));
            }
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new OngeldigeParameter("tot", "tot ligt voor van"));
        }
        if (jeugdige != null && !jeugdige.isBlank() && !jeugdige.matches("[0-9a-f]{64}")) {
            fouten.add(new OngeldigeParameter("jeugdige", "Een pseudoniem bestaat uit 64 hexadecimale tekens"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return toegangslog
                .zoek(new Zoekvraag(gebruiker, van, tot, gekozen, jeugdige), Paginering.van(page, pageSize))
                .map(LogregelJson::van)
                .alsAntwoord();
    }

    @GetMapping("/controle")
    @Operation(
            operationId = "checkToegangslog",
            summary = "Keten controleren",
            description = "Controleert de hashketen van het hele toegangslog en meldt de eerste regel die niet klopt.")
    ControleJson controle() {
        return ControleJson.van(toegangslog.controleer());
    }

    private static String codes() {
        return String.join(
                ", ", java.util.Arrays.stream(Actie.values()).map(Actie::code).toList());
    }
}
