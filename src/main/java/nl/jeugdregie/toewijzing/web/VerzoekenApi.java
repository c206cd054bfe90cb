package nl.jeugdregie.toewijzing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.Uitkomst;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
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
 * The open verzoeken om toewijzing (JW315) and om wijziging (JW317) of the gemeenten in the user's scope, earliest
 * legal deadline first: the werkvoorraad of the pages, and the decisions on them. Each jeugdige in an answer is a read
 * in the toegangslog; a decision is logged as the page's decision is.
 */
@RestController
@RequestMapping(Api.BASIS + "/verzoeken")
@Tag(name = "Verzoeken", description = "Open verzoeken om toewijzing en om wijziging van de eigen gemeenten")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class VerzoekenApi {

    private final VerzoekService verzoeken;
    private final Toegangslog toegangslog;
    private final Autorisatie autorisatie;

    VerzoekenApi(VerzoekService verzoeken, Toegangslog toegangslog, Autorisatie autorisatie) {
        this.verzoeken = verzoeken;
        this.toegangslog = toegangslog;
        this.autorisatie = autorisatie;
    }

    @Schema(description = "Een besluit op een open verzoek")
    record BesluitJson(
            @Schema(description = "toewijzen, onderzoek, afwijzen of woonplaatsbeginsel")
            String besluit,

            @Schema(description = "Bij afwijzen: de reden (iJw WJ759)")
            String reden,

            @Schema(description = "Bij woonplaatsbeginsel: de verantwoordelijke gemeente (CBS-code)")
            String gemeente) {}

    @Schema(description = "Het verzoek na het besluit")
    record UitkomstJson(long id, String besluit, String status) {}

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

    @GetMapping("/{id}")
    @Operation(operationId = "getVerzoek", summary = "Eén verzoek", description = "Een verzoek van een eigen gemeente.")
    VerzoekJson verzoek(@PathVariable long id) {
        Werkitem item = vind(id);
        toegangslog.registreer(item.inzage(Api.BASIS + "/verzoeken/" + id));
        return VerzoekJson.van(item);
    }

    @PostMapping("/{id}/besluit")
    @Operation(
            operationId = "decideVerzoek",
            summary = "Besluiten op een verzoek",
            description = "toewijzen (maakt de toewijzing en de JW301), onderzoek (JW319 antwoord 2; termijn 8"
                    + " weken), afwijzen met reden, of woonplaatsbeginsel met de verantwoordelijke gemeente. Een"
                    + " besluit dat een regel van het berichtenverkeer schendt, antwoordt 409 met de uitleg.")
    UitkomstJson besluit(@PathVariable long id, @RequestBody BesluitJson besluit) {
        Werkitem item = vind(id);
        String soort =
                besluit.besluit() == null ? "" : besluit.besluit().strip().toLowerCase(Locale.ROOT);
        Uitkomst<?> uitkomst = switch (soort) {
            case "toewijzen" -> verzoeken.wijsToe(item.aanbieder(), item.referentieAanbieder());
            case "onderzoek" -> verzoeken.zetInOnderzoek(item.aanbieder(), item.referentieAanbieder());
            case "afwijzen" -> {
                if (besluit.reden() == null || !RedenAfwijzingVerzoek.isGeldig(besluit.reden())) {
                    throw new OngeldigeInvoer("reden", "Kies een reden voor de afwijzing (iJw WJ759)");
                }
                yield verzoeken.wijsAf(
                        item.aanbieder(), item.referentieAanbieder(), RedenAfwijzingVerzoek.vanCode(besluit.reden()));
            }
            case "woonplaatsbeginsel" ->
                verzoeken.verwijsNaarWoonplaatsgemeente(
                        item.aanbieder(), item.referentieAanbieder(), gemeente(besluit.gemeente()));
            default ->
                throw new OngeldigeInvoer("besluit", "Kies toewijzen, onderzoek, afwijzen of woonplaatsbeginsel");
        };
        if (!uitkomst.isGeaccepteerd()) {
            throw new Conflict(Meldingen.afkeuring(uitkomst));
        }
        Werkitem na = verzoeken.werkitem(id).orElse(item);
        return new UitkomstJson(id, soort, na.status().name().toLowerCase(Locale.ROOT));
    }

    private static GemeenteCode gemeente(String code) {
        try {
            return GemeenteCode.parse(code == null ? "" : code.strip());
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("gemeente", e.getMessage());
        }
    }

    /** A verzoek of one of the user's gemeenten; any other is not found, without a hint that it exists. */
    private Werkitem vind(long id) {
        return verzoeken
                .werkitem(id)
                .filter(w -> autorisatie.magGemeenteZien(w.gemeente()))
                .orElseThrow(() -> new NietGevonden("Verzoek " + id + " bestaat niet of is niet van uw gemeenten"));
    }
}
