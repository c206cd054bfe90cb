package nl.jeugdregie.toewijzing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.Toewijzingsstatus;
import nl.jeugdregie.toewijzing.Uitkomst;
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
 * The toewijzingen of the gemeenten in the user's scope, for the software of a gemeente or the regional backoffice:
 * the same data the toewijzing pages show. Each jeugdige in an answer is a read in the toegangslog.
 */
@RestController
@RequestMapping(Api.BASIS + "/toewijzingen")
@Tag(name = "Toewijzingen", description = "Toewijzingen van de gemeenten waarvoor de gebruiker werkt")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class ToewijzingenApi {

    private final ToewijzingService toewijzingen;
    private final Jeugdigenregister register;
    private final Autorisatie autorisatie;
    private final Toegangslog toegangslog;
    private final Clock clock;

    ToewijzingenApi(
            ToewijzingService toewijzingen,
            Jeugdigenregister register,
            Autorisatie autorisatie,
            Toegangslog toegangslog,
            Clock clock) {
        this.toewijzingen = toewijzingen;
        this.register = register;
        this.autorisatie = autorisatie;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    @Schema(description = "Een wijziging van de gemeente: nieuwe einddatum met reden wijziging (iJw WJ758)")
    record WijzigingJson(
            LocalDate einddatum,

            @Schema(description = "Reden wijziging, bijvoorbeeld 04 verlenging, 05 verkorting, 07 verhuizing")
            String reden,

            @Schema(description = "De aanbieder stemt in (nodig voor een einddatum in het verleden, OP186)")
            Boolean instemmingAanbieder) {}

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
            description = "Filter op jeugdige (id uit het register), gemeente (CBS-code, binnen de eigen gemeenten),"
                    + " aanbieder (AGB) en status op vandaag: actueel, toekomstig, beeindigd of vervallen. Zonder"
                    + " gemeente: alle eigen gemeenten. Gepagineerd met page en pageSize.")
    ResponseEntity<List<ToewijzingJson>> zoek(
            @RequestParam(required = false) UUID jeugdige,
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        if (jeugdige != null) {
            return ResponseEntity.ok(vanJeugdige(jeugdige, gemeente, aanbieder, status(status)));
        }
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

    /** Every toewijzing of the jeugdige in the user's gemeenten (a jeugdige has few; no paging). */
    private List<ToewijzingJson> vanJeugdige(UUID id, String gemeente, String aanbieder, Toewijzingsstatus status) {
        Bsn bsn = register.lees(id).bsn();
        LocalDate vandaag = LocalDate.now(clock);
        List<ToegewezenProduct> gevonden = autorisatie.zichtbareGemeenten().stream()
                .filter(g -> leeg(gemeente) || g.value().equals(gemeente.strip()))
                .flatMap(g -> toewijzingen.vanClient(g, bsn).stream())
                .filter(t -> leeg(aanbieder) || t.aanbieder().value().equals(aanbieder.strip()))
                .filter(t -> status == null || t.statusOp(vandaag) == status)
                .toList();
        toegangslog.registreer(gevonden.stream()
                .map(t -> new Gebeurtenis(
                        t.client(),
                        Actie.RAADPLEGEN,
                        "toewijzing " + t.nummer() + " van de jeugdige in de API",
                        "gemeente " + t.gemeente(),
                        Api.BASIS + "/toewijzingen"))
                .toList());
        return gevonden.stream().map(t -> ToewijzingJson.van(t, vandaag)).toList();
    }

    @GetMapping("/{gemeente}/{nummer}")
    @Operation(operationId = "getToewijzing", summary = "Eén toewijzing")
    ToewijzingJson toewijzing(@PathVariable String gemeente, @PathVariable long nummer) {
        ToegewezenProduct t = vind(gemeente, nummer);
        log(t, Actie.RAADPLEGEN, "toewijzing " + t.nummer());
        return ToewijzingJson.van(t, LocalDate.now(clock));
    }

    @PostMapping("/{gemeente}/{nummer}/verlenging")
    @Operation(
            operationId = "extendToewijzing",
            summary = "Verlengen",
            description = "Een latere einddatum (of geen: onbepaald); reden 04 als er geen andere is. De aanbieder"
                    + " krijgt een nieuw toewijzingsbericht (JW301). Een regel van iJw die dit verbiedt: 409.")
    ToewijzingJson verleng(
            @PathVariable String gemeente, @PathVariable long nummer, @RequestBody WijzigingJson wijziging) {
        ToegewezenProduct t = vind(gemeente, nummer);
        return uitgevoerd(
                toewijzingen.verleng(t.gemeente(), t.nummer(), wijziging.einddatum(), reden(wijziging.reden(), false)),
                "toewijzing " + t.nummer() + " verlengd");
    }

    @PostMapping("/{gemeente}/{nummer}/verkorting")
    @Operation(
            operationId = "shortenToewijzing",
            summary = "Verkorten",
            description = "Een eerdere einddatum met een reden wijziging. Een einddatum in het verleden vraagt"
                    + " instemming van de aanbieder (OP186).")
    ToewijzingJson verkort(
            @PathVariable String gemeente, @PathVariable long nummer, @RequestBody WijzigingJson wijziging) {
        ToegewezenProduct t = vind(gemeente, nummer);
        if (wijziging.einddatum() == null) {
            throw new OngeldigeInvoer("einddatum", "Vul de nieuwe einddatum in.");
        }
        return uitgevoerd(
                toewijzingen.verkort(
                        t.gemeente(),
                        t.nummer(),
                        wijziging.einddatum(),
                        reden(wijziging.reden(), true),
                        Boolean.TRUE.equals(wijziging.instemmingAanbieder())),
                "toewijzing " + t.nummer() + " verkort");
    }

    @PostMapping("/{gemeente}/{nummer}/intrekking")
    @Operation(
            operationId = "withdrawToewijzing",
            summary = "Intrekken",
            description = "Beëindigt de toewijzing vandaag met een reden wijziging; een toewijzing die nog moet"
                    + " ingaan, vervalt (reden 13, verwijderd).")
    ToewijzingJson trekIn(
            @PathVariable String gemeente, @PathVariable long nummer, @RequestBody WijzigingJson wijziging) {
        ToegewezenProduct t = vind(gemeente, nummer);
        LocalDate vandaag = LocalDate.now(clock);
        if (t.periode().begin().isAfter(vandaag)) {
            return uitgevoerd(
                    toewijzingen.verwijder(t.gemeente(), t.nummer()), "toewijzing " + t.nummer() + " ingetrokken");
        }
        LocalDate einde = vandaag;
        return uitgevoerd(
                toewijzingen.verkort(
                        t.gemeente(),
                        t.nummer(),
                        einde,
                        reden(wijziging.reden(), true),
                        Boolean.TRUE.equals(wijziging.instemmingAanbieder())),
                "toewijzing " + t.nummer() + " ingetrokken");
    }

    /** A toewijzing of one of the user's gemeenten; any other is not found, without a hint that it exists. */
    private ToegewezenProduct vind(String gemeente, long nummer) {
        GemeenteCode code;
        try {
            code = GemeenteCode.parse(gemeente.strip());
        } catch (nl.jeugdregie.kern.OngeldigeWaarde e) {
            throw new NietGevonden("Toewijzing " + nummer + " bestaat niet of is niet van uw gemeenten.");
        }
        return (autorisatie.magGemeenteZien(code) && nummer > 0 && nummer <= 9_999_999_999L
                        ? toewijzingen.toewijzing(code, new Toewijzingnummer(nummer))
                        : java.util.Optional.<ToegewezenProduct>empty())
                .orElseThrow(
                        () -> new NietGevonden("Toewijzing " + nummer + " bestaat niet of is niet van uw gemeenten."));
    }

    private ToewijzingJson uitgevoerd(Uitkomst<ToegewezenProduct> uitkomst, String wat) {
        if (!uitkomst.isGeaccepteerd()) {
            throw new Conflict(Meldingen.afkeuring(uitkomst));
        }
        ToegewezenProduct t = uitkomst.waarde();
        log(t, Actie.WIJZIGEN, wat);
        return ToewijzingJson.van(t, LocalDate.now(clock));
    }

    private void log(ToegewezenProduct t, Actie actie, String wat) {
        toegangslog.registreer(new Gebeurtenis(
                t.client(), actie, wat, "gemeente " + t.gemeente(), Api.BASIS + "/toewijzingen/" + t.nummer()));
    }

    private static RedenWijziging reden(String code, boolean verplicht) {
        if (leeg(code)) {
            if (verplicht) {
                throw new OngeldigeInvoer("reden", "Kies een reden wijziging (iJw WJ758), bijvoorbeeld 05 verkorting.");
            }
            return null;
        }
        if (!RedenWijziging.isGeldig(code.strip())) {
            throw new OngeldigeInvoer("reden", "'" + code + "' is geen reden wijziging (iJw WJ758).");
        }
        return RedenWijziging.vanCode(code.strip());
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
