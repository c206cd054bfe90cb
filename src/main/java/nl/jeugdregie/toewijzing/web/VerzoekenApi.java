package nl.jeugdregie.toewijzing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open verzoeken om toewijzing (JW315) and om wijziging (JW317) of the gemeenten in the user's scope, earliest
 * legal deadline first: the werkvoorraad of the pages. Each jeugdige in an answer is a read in the toegangslog.
 */
@RestController
@RequestMapping(Api.BASIS + "/verzoeken")
@Tag(name = "Verzoeken", description = "Open verzoeken om toewijzing en om wijziging van de eigen gemeenten")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class VerzoekenApi {

    private final VerzoekService verzoeken;
    private final Toegangslog toegangslog;

    VerzoekenApi(VerzoekService verzoeken, Toegangslog toegangslog) {
        this.verzoeken = verzoeken;
        this.toegangslog = toegangslog;
    }

    @Schema(description = "Een open verzoek met zijn wettelijke termijn")
    record VerzoekJson(
            long id,

            @Schema(description = "vot (JW315) of vow (JW317)")
            String soort,

            String gemeente,
            String aanbieder,
            String bsn,
            String referentieAanbieder,

            @Schema(description = "ontvangen of in_onderzoek")
            String status,

            LocalDate ontvangen,
            LocalDate uiterlijk,
            boolean teLaat,
            String producten) {

        static VerzoekJson van(Werkitem w) {
            return new VerzoekJson(
                    w.id(),
                    w.soort().name().toLowerCase(Locale.ROOT),
                    w.gemeente().value(),
                    w.aanbieder().value(),
                    w.client().value(),
                    w.referentieAanbieder(),
                    w.status().name().toLowerCase(Locale.ROOT),
                    w.ontvangen(),
                    w.uiterlijk(),
                    w.isTeLaat(),
                    w.producten());
        }
    }

    @GetMapping
    @Operation(
            operationId = "listVerzoeken",
            summary = "Open verzoeken",
            description = "De werkvoorraad: open verzoeken van de eigen gemeenten, vroegste uiterlijke antwoorddatum"
                    + " eerst. Gepagineerd met page en pageSize.")
    ResponseEntity<List<VerzoekJson>> werkvoorraad(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize) {
        VerzoekService.Werkvoorraad voorraad = verzoeken.werkvoorraad(Paginering.van(page, pageSize));
        toegangslog.registreer(voorraad.pagina().items().stream()
                .map(w -> new Gebeurtenis(
                        w.client(),
                        Actie.RAADPLEGEN,
                        "verzoek " + w.referentieAanbieder() + " in de werkvoorraad van de API",
                        "gemeente " + w.gemeente(),
                        Api.BASIS + "/verzoeken"))
                .toList());
        return voorraad.pagina().map(VerzoekJson::van).alsAntwoord();
    }
}
