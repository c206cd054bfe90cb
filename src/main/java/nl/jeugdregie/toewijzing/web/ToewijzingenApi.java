package nl.jeugdregie.toewijzing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingsstatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The toewijzingen of the gemeenten in the user's scope, for the software of a gemeente or the regional backoffice:
 * the same data the toewijzing pages show. Each jeugdige in an answer is a read in the toegangslog.
 */
@RestController
@RequestMapping(Api.BASIS + "/toewijzingen")
@Tag(name = "Toewijzingen", description = "Toewijzingen van de gemeenten waarvoor de gebruiker werkt")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class ToewijzingenApi {

    private final ToewijzingService toewijzingen;
    private final Toegangslog toegangslog;
    private final Clock clock;

    ToewijzingenApi(ToewijzingService toewijzingen, Toegangslog toegangslog, Clock clock) {
        this.toewijzingen = toewijzingen;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    @Schema(description = "Een toegewezen product in zijn huidige versie; bedragen in eurocent")
    record ToewijzingJson(
            String gemeente,
            long nummer,
            String bsn,
            String aanbieder,
            String productcategorie,
            String productcode,
            LocalDate ingangsdatum,
            LocalDate einddatum,
            OmvangJson omvang,

            @Schema(description = "Budget in eurocent, bij een budgettoewijzing")
            Long budget,

            String redenWijziging,
            String status,
            int versie) {

        static ToewijzingJson van(ToegewezenProduct t, LocalDate vandaag) {
            return new ToewijzingJson(
                    t.gemeente().value(),
                    t.nummer().value(),
                    t.client().value(),
                    t.aanbieder().value(),
                    t.product().categorie() == null
                            ? null
                            : t.product().categorie().code(),
                    t.product().code(),
                    t.periode().begin(),
                    t.periode().eind(),
                    t.omvang() == null
                            ? null
                            : new OmvangJson(
                                    t.omvang().volume(),
                                    t.omvang().eenheid().code(),
                                    t.omvang().frequentie().code()),
                    t.budget() == null ? null : t.budget().eurocent(),
                    t.reden().map(RedenWijziging::code).orElse(null),
                    t.statusOp(vandaag).name().toLowerCase(Locale.ROOT),
                    t.versie());
        }
    }

    @Schema(description = "Omvang: volume per eenheid (iJw WJ756) en frequentie (iJw WJ757), als code")
    record OmvangJson(long volume, String eenheid, String frequentie) {}

    @GetMapping
    @Operation(
            operationId = "listToewijzingen",
            summary = "Toewijzingen zoeken",
            description = "Filter op gemeente (CBS-code, binnen de eigen gemeenten), aanbieder (AGB) en status op"
                    + " vandaag: actueel, toekomstig, beeindigd of vervallen. Zonder gemeente: alle eigen"
                    + " gemeenten. Gepagineerd met page en pageSize.")
    ResponseEntity<List<ToewijzingJson>> zoek(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        Resultaatpagina<ToegewezenProduct> pagina = toewijzingen.zoek(
                leeg(gemeente) ? null : GemeenteCode.parse(gemeente.strip()),
                leeg(aanbieder) ? null : new AgbCode(aanbieder.strip()),
                status(status),
                Paginering.van(page, pageSize));
        toegangslog.registreer(pagina.items().stream()
                .map(t -> new Gebeurtenis(
                        t.client(),
                        Actie.RAADPLEGEN,
                        "toewijzing " + t.nummer() + " in de lijst van de API",
                        "gemeente " + t.gemeente(),
                        Api.BASIS + "/toewijzingen"))
                .toList());
        LocalDate vandaag = LocalDate.now(clock);
        return pagina.map(t -> ToewijzingJson.van(t, vandaag)).alsAntwoord();
    }

    private static Toewijzingsstatus status(String status) {
        if (leeg(status)) {
            return null;
        }
        try {
            return Toewijzingsstatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("status", "Kies actueel, toekomstig, beeindigd of vervallen");
        }
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
