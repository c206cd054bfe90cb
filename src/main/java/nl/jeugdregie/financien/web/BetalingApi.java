package nl.jeugdregie.financien.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.jeugdregie.financien.Betaaldeclaratie;
import nl.jeugdregie.financien.Betaalprestatie;
import nl.jeugdregie.financien.Betaling;
import nl.jeugdregie.financien.BetalingService;
import nl.jeugdregie.financien.Betalingsfilter;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The received declaraties for the gemeente's financial administration: each with its prestaties and their
 * beoordeling, the amount to pay and its payment, and marking one as paid. Amounts are whole eurocent (integers).
 * AANBIEDER users get 403: they follow their own declaraties in the aanbiedersportaal.
 */
@RestController
@RequestMapping(Api.BASIS + "/declaraties")
@PreAuthorize(Financienrollen.BETALING)
@Tag(
        name = "Betaling",
        description = "Ontvangen declaraties met hun prestaties en beoordeling, het te betalen bedrag en de betaling."
                + " Alle bedragen in hele eurocenten (gehele getallen).")
class BetalingApi {

    private static final String EUROCENT = FinancienApi.EUROCENT;

    private final BetalingService betalingen;
    private final Namen namen;

    BetalingApi(BetalingService betalingen, Namen namen) {
        this.betalingen = betalingen;
        this.namen = namen;
    }

    @Schema(name = "Retourcode")
    record RetourcodeJson(
            @Schema(description = "Retourcode (iJw WJ001), bijvoorbeeld 9321")
            String code,

            String omschrijving) {}

    @Schema(name = "Beoordeling")
    record BeoordelingJson(
            @Schema(description = "goedgekeurd of afgewezen")
            String uitkomst,

            @Schema(description = "De redenen van een afwijzing; leeg bij goedkeuring")
            List<RetourcodeJson> retourcodes) {}

    @Schema(name = "Declaratieprestatie")
    record PrestatieJson(
            String referentienummer,

            @Schema(description = "Het referentienummer dat deze prestatie crediteert of vervangt")
            String vorigReferentienummer,

            long toewijzingnummer,
            String productcategorie,

            @Schema(description = "Leeg bij een aspecifieke toewijzing")
            String productcode,

            String productnaam,
            LocalDate begindatum,
            LocalDate einddatum,
            long volume,

            @Schema(description = "Eenheid (iJw WJ756), bijvoorbeeld 04")
            String eenheid,

            String eenheidnaam,

            @Schema(description = "Producttarief; leeg bij eenheid euro's. " + EUROCENT)
            Long tariefEurocent,

            @Schema(description = "Ingediend bedrag, negatief bij credit. " + EUROCENT)
            long bedragEurocent,

            @Schema(description = "D (debet) of C (credit)") String debetCredit,
            BeoordelingJson beoordeling) {}

    @Schema(name = "Declaratiebetaling")
    record BetalingJson(
            @Schema(description = "Het betaalde bedrag. " + EUROCENT)
            long eurocent,

            LocalDate betaaldatum,
            String betaalkenmerk,

            @Schema(description = "1 voor de betaling, hoger na een correctie")
            int versie,

            @Schema(description = "Wie de betaling vastlegde")
            String door,

            Instant op) {}

    @Schema(name = "Declaratie")
    record DeclaratieJson(
            long id,
            String gemeente,
            String gemeentenaam,
            String aanbieder,
            String aanbiedernaam,
            String declaratienummer,
            LocalDate periodeBegin,
            LocalDate periodeEind,
            LocalDate dagtekening,

            @Schema(description = "Wanneer de declaratie is ontvangen en beoordeeld")
            Instant ontvangen,

            @Schema(description = "Ingediend totaal, negatief bij credit. " + EUROCENT)
            long ingediendEurocent,

            @Schema(description = "Som van de goedgekeurde prestaties, credit afgetrokken. " + EUROCENT)
            long goedgekeurdEurocent,

            @Schema(description = "Som van de afgewezen prestaties. " + EUROCENT)
            long afgewezenEurocent,

            @Schema(description = "Te betalen: de som van de goedgekeurde prestaties. " + EUROCENT)
            long teBetalenEurocent,

            @Schema(description = "te-betalen, betaald of niets-goedgekeurd")
            String status,

            @Schema(description = "Leeg zolang niet betaald")
            BetalingJson betaling,

            List<PrestatieJson> prestaties) {}

    @Schema(name = "NieuweDeclaratiebetaling")
    record BetalingInvoerJson(
            @Schema(description = "De dag van betaling (jjjj-mm-dd), niet na vandaag", example = "2026-12-01")
            String betaaldatum,

            @Schema(description = "Het kenmerk van de betaling, hoogstens 35 tekens")
            String betaalkenmerk,

            @Schema(description = "Alleen om een eerder vastgelegde betaling te wijzigen: waarom")
            String correctiereden) {}

    @GetMapping
    @Operation(
            operationId = "listDeclaraties",
            summary = "Ontvangen declaraties voor de betaling",
            description = "Filter op gemeente (CBS-code), aanbieder (AGB), periode (declaratiemaand jjjj-mm) en status"
                    + " (te-betalen of betaald). Zonder gemeente: alle gemeenten van de gebruiker; TOEGANG ziet alleen"
                    + " de eigen gemeenten. Elke declaratie met haar prestaties en hun beoordeling (goedgekeurd, of"
                    + " afgewezen met retourcodes). Gepagineerd met page en pageSize. Bedragen in hele eurocenten.")
    ResponseEntity<List<DeclaratieJson>> zoek(
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld 0153") @RequestParam(required = false)
                    String gemeente,
            @Parameter(description = "AGB-code van de aanbieder") @RequestParam(required = false) String aanbieder,
            @Parameter(description = "Declaratiemaand, jjjj-mm") @RequestParam(required = false) String periode,
            @Parameter(description = "te-betalen of betaald") @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        Betalingsfilter filter = Betalingsfilter.lees(gemeente, aanbieder, periode, status);
        return betalingen
                .zoek(filter, Paginering.van(page, pageSize))
                .map(this::declaratieJson)
                .alsAntwoord();
    }

    @PostMapping("/{id}/betaling")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    @Operation(
            operationId = "payDeclaratie",
            summary = "Declaratie als betaald markeren",
            description = "Legt de betaling vast met betaaldatum en betaalkenmerk; het bedrag is de som van de"
                    + " goedgekeurde prestaties. Nogmaals met dezelfde gegevens verandert niets. Andere gegevens voor"
                    + " een betaalde declaratie alleen met een correctiereden (anders 409), net als een declaratie"
                    + " zonder goedgekeurde prestaties (409). Alleen BACKOFFICE en BEHEERDER.")
    DeclaratieJson betaal(@PathVariable String id, @RequestBody BetalingInvoerJson json) {
        long declaratie = id(id);
        if (json == null) {
            throw new OngeldigeInvoer("betaaldatum", "Geef de betaaldatum en het betaalkenmerk");
        }
        return declaratieJson(betalingen
                .markeerBetaald(
                        List.of(declaratie), datum(json.betaaldatum()), json.betaalkenmerk(), json.correctiereden())
                .get(0));
    }

    private DeclaratieJson declaratieJson(Betaaldeclaratie d) {
        Betaling b = d.betaling();
        return new DeclaratieJson(
                d.id(),
                d.gemeente().value(),
                namen.gemeente(d.gemeente()),
                d.aanbieder().value(),
                namen.aanbieder(d.aanbieder()),
                d.declaratienummer(),
                d.periodeBegin(),
                d.periodeEind(),
                d.dagtekening(),
                d.ontvangen(),
                d.ingediend().eurocent(),
                d.goedgekeurd().eurocent(),
                d.afgewezen().eurocent(),
                d.teBetalen().eurocent(),
                d.status().code(),
                b == null
                        ? null
                        : new BetalingJson(
                                b.bedrag().eurocent(),
                                b.betaaldatum(),
                                b.betaalkenmerk(),
                                b.versie(),
                                b.door(),
                                b.op()),
                d.prestaties().stream().map(this::prestatieJson).toList());
    }

    private PrestatieJson prestatieJson(Betaalprestatie p) {
        return new PrestatieJson(
                p.referentienummer(),
                p.vorigReferentienummer(),
                p.toewijzingnummer(),
                p.productcategorie(),
                p.productcode(),
                namen.product(p.productcategorie(), p.productcode()),
                p.begindatum(),
                p.einddatum(),
                p.volume(),
                p.eenheid(),
                p.eenheidnaam(),
                p.tarief() == null ? null : p.tarief().eurocent(),
                p.bedrag().eurocent(),
                p.credit() ? "C" : "D",
                new BeoordelingJson(
                        p.goedgekeurd() ? "goedgekeurd" : "afgewezen",
                        p.retourcodes().stream()
                                .map(c -> new RetourcodeJson(
                                        c,
                                        Retourcode.find(c)
                                                .map(Retourcode::omschrijving)
                                                .orElse(null)))
                                .toList()));
    }

    static long id(String id) {
        String schoon = id == null ? "" : id.strip();
        if (!schoon.matches("[0-9]{1,18}")) {
            throw new OngeldigeInvoer("id", "Het id van een declaratie is een geheel getal");
        }
        return Long.parseLong(schoon);
    }

    static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoer("betaaldatum", "De betaaldatum is geen datum; verwacht jjjj-mm-dd");
        }
    }
}
