package nl.jeugdregie.financien.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.financien.Begroting;
import nl.jeugdregie.financien.BegrotingService;
import nl.jeugdregie.financien.Begrotingsinvoer;
import nl.jeugdregie.financien.Begrotingsinvoer.Invoerregel;
import nl.jeugdregie.financien.Begrotingsmutatie;
import nl.jeugdregie.financien.Begrotingsregel;
import nl.jeugdregie.financien.Begrotingssoort;
import nl.jeugdregie.financien.Begrotingsversie;
import nl.jeugdregie.financien.Financieelbeeld;
import nl.jeugdregie.financien.FinancienService;
import nl.jeugdregie.financien.Hulpvormregel;
import nl.jeugdregie.financien.Kostenvergelijkingen;
import nl.jeugdregie.financien.Prognoseverloop;
import nl.jeugdregie.financien.Realisatie;
import nl.jeugdregie.financien.Verplichting;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The financial picture of a gemeente per year and its begroting. Every amount is a whole number of eurocent (an
 * integer, never a floating point number); every total is the exact sum of its parts.
 */
@RestController
@RequestMapping(Api.BASIS)
@PreAuthorize(Financienrollen.LEZEN)
@Tag(
        name = "Financiën",
        description = "Begroting, realisatie, verplichtingen en prognose per gemeente en jaar, per hulpvorm. Alle"
                + " bedragen in hele eurocenten (gehele getallen).")
class FinancienApi {

    static final String EUROCENT = "Bedrag in hele eurocenten (geheel getal), bijvoorbeeld 123456 voor € 1.234,56";

    private final FinancienService financien;
    private final BegrotingService begrotingen;
    private final Kostenvergelijkingen vergelijkingen;
    private final Namen namen;

    FinancienApi(
            FinancienService financien,
            BegrotingService begrotingen,
            Kostenvergelijkingen vergelijkingen,
            Namen namen) {
        this.financien = financien;
        this.begrotingen = begrotingen;
        this.vergelijkingen = vergelijkingen;
        this.namen = namen;
    }

    @Schema(name = "FinancienHulpvorm")
    record HulpvormJson(
            @Schema(description = "CBS-jeugdzorgvorm (01..14, JB, JR), onbekend of totaal")
            String hulpvorm,

            String naam,

            @Schema(description = "Huidige versie van de begroting. " + EUROCENT)
            long begrotingEurocent,

            @Schema(
                    description =
                            "Goedgekeurd gedeclareerd naar maand van zorg, creditcorrecties meegeteld. " + EUROCENT)
            long realisatieEurocent,

            @Schema(description = "Gedeclareerd en niet goedgekeurd. " + EUROCENT)
            long nietGoedgekeurdEurocent,

            @Schema(description = "Omvang x contracttarief over de rest van het jaar. " + EUROCENT)
            long verplichtingenEurocent,

            @Schema(description = "Verwachte kosten van nieuwe toewijzingen in de rest van het jaar. " + EUROCENT)
            long instroomEurocent,

            @Schema(description = "Realisatie + verplichtingen + instroom. " + EUROCENT)
            long prognoseEurocent,

            @Schema(description = "Ondergrens van de prognose. " + EUROCENT)
            long prognoseLaagEurocent,

            @Schema(description = "Bovengrens van de prognose. " + EUROCENT)
            long prognoseHoogEurocent,

            @Schema(description = "Begroting min prognose; negatief is een verwachte overschrijding. " + EUROCENT)
            long saldoEurocent,

            @Schema(description = "Verwacht aantal nieuwe toewijzingen in de rest van het jaar, met één decimaal")
            String verwachteNieuweToewijzingen,

            @Schema(description = "Toewijzingen met een omvang waarvoor geen contracttarief geldt")
            long toewijzingenZonderTarief) {

        static HulpvormJson van(Hulpvormregel r) {
            return new HulpvormJson(
                    r.jeugdzorgvorm(),
                    r.naam(),
                    r.begroting().eurocent(),
                    r.realisatie().eurocent(),
                    r.nietGoedgekeurd().eurocent(),
                    r.verplichtingen().eurocent(),
                    r.instroom().eurocent(),
                    r.prognose().eurocent(),
                    r.prognoseLaag().eurocent(),
                    r.prognoseHoog().eurocent(),
                    r.saldo().eurocent(),
                    r.verwachteToewijzingen().toPlainString(),
                    r.zonderTarief());
        }
    }

    @Schema(name = "Verplichting")
    record VerplichtingJson(
            String aanbieder,
            String aanbiedernaam,
            String hulpvorm,
            String productcategorie,

            @Schema(description = "Leeg bij een aspecifieke toewijzing")
            String productcode,

            String productnaam,
            long toewijzingen,
            long toewijzingenZonderTarief,
            @Schema(description = EUROCENT) long eurocent) {}

    @Schema(name = "Realisatie")
    record RealisatieJson(
            String aanbieder,
            String aanbiedernaam,
            String hulpvorm,
            String productcategorie,
            String productcode,
            String productnaam,

            @Schema(description = "Maand waarin de zorg is geleverd (1..12)")
            int maand,

            long goedgekeurdePrestaties,
            @Schema(description = EUROCENT) long goedgekeurdEurocent,
            long afgewezenPrestaties,
            @Schema(description = EUROCENT) long nietGoedgekeurdEurocent) {}

    @Schema(name = "Prognoseverloopregel")
    record VerloopregelJson(
            @Schema(description = "CBS-jeugdzorgvorm (01..14, JB, JR), onbekend of totaal")
            String hulpvorm,

            String naam,

            @Schema(description = "Prognose van de bewaarde stand van vorige maand. " + EUROCENT)
            long vorigePrognoseEurocent,

            @Schema(
                    description =
                            "Prijs: verandering van wat het bekende deel (realisatie + verplichtingen) per eenheid"
                                    + " zorg kost, per product en eenheid, tegen het huidige volume. " + EUROCENT)
            long prijsEurocent,

            @Schema(
                    description = "Volume: verandering van het aantal eenheden zorg tegen de prijs van vorige maand;"
                            + " de rest van de verandering van het bekende deel. " + EUROCENT)
            long volumeEurocent,

            @Schema(description = "Nieuwe instroom: verandering van de verwachte instroom. " + EUROCENT)
            long nieuweInstroomEurocent,

            @Schema(description = "Huidige prognose = vorige + prijs + volume + nieuwe instroom, exact. " + EUROCENT)
            long huidigePrognoseEurocent) {

        static VerloopregelJson van(Prognoseverloop.Verloopregel r) {
            return new VerloopregelJson(
                    r.jeugdzorgvorm(),
                    r.naam(),
                    r.vorige().eurocent(),
                    r.prijs().eurocent(),
                    r.volume().eurocent(),
                    r.nieuweInstroom().eurocent(),
                    r.huidige().eurocent());
        }
    }

    @Schema(name = "Prognoseverloop")
    record VerloopJson(
            @Schema(description = "Maand van de vorige stand (jjjj-mm)", example = "2026-02")
            String sinds,

            @Schema(description = "Of er een stand van vorige maand is; zo niet, dan zijn er geen regels")
            boolean bekend,

            @Schema(description = "Wanneer de vorige stand is berekend; leeg als er geen is", nullable = true)
            Instant vorigeStandBerekendOp,

            @Schema(description = "Hoe de prognose veranderde en de grootste oorzaak, in één zin")
            String samenvatting,

            List<VerloopregelJson> hulpvormen,

            @Schema(description = "De som van de hulpvormen; leeg zonder vorige stand", nullable = true)
            VerloopregelJson totaal) {

        static VerloopJson van(Prognoseverloop v) {
            return new VerloopJson(
                    v.sinds().toString(),
                    v.bekend(),
                    v.vorigeBerekendOp(),
                    v.samenvatting(),
                    v.hulpvormen().stream().map(VerloopregelJson::van).toList(),
                    v.bekend() ? VerloopregelJson.van(v.totaal()) : null);
        }
    }

    @Schema(name = "Financien")
    record FinancienJson(
            String gemeente,
            String gemeentenaam,
            int jaar,

            @Schema(description = "De dag waarop is gerekend; verplichtingen lopen vanaf deze dag")
            LocalDate peildatum,

            @Schema(description = "Versie van de begroting; 0 als er geen is")
            int begrotingsversie,

            List<HulpvormJson> hulpvormen,

            @Schema(description = "De som van de hulpvormen")
            HulpvormJson totaal,

            List<VerplichtingJson> verplichtingen,
            List<RealisatieJson> realisatie,

            @Schema(description = "Kosten per jeugdige en per inwoner naast de regio en Nederland")
            KostenJson kosten,

            @Schema(
                    description = "Hoe de prognose bewoog sinds de bewaarde stand van vorige maand, en waardoor: prijs,"
                            + " volume en nieuwe instroom, per hulpvorm en in totaal")
            VerloopJson verloop) {}

    @GetMapping("/financien/{gemeente}/{jaar}")
    @Operation(
            operationId = "getFinancien",
            summary = "Financieel beeld van een gemeente in een jaar",
            description =
                    "Per CBS-jeugdzorgvorm en in totaal: de begroting (huidige versie), de realisatie (goedgekeurde"
                            + " prestaties naar de maand waarin de zorg is geleverd, creditcorrecties meegeteld; niet"
                            + " goedgekeurd apart), de verplichtingen (omvang x contracttarief van de lopende toewijzingen over"
                            + " de rest van het jaar; budgettoewijzingen naar hun budget) en de prognose voor het einde van het"
                            + " jaar (realisatie + verplichtingen + verwachte instroom, met onder- en bovengrens). Met de"
                            + " verplichtingen per aanbieder en product, de realisatie per aanbieder, product en maand, en de"
                            + " kosten per jeugdige en per inwoner naast de regio en Nederland, ook per hulpvorm. En"
                            + " hoe de prognose bewoog sinds de stand van vorige maand: prijs, volume en nieuwe instroom,"
                            + " die samen precies het verschil zijn; zonder stand van vorige maand zegt verloop dat."
                            + " TOEGANG ziet alleen de eigen gemeenten. Bedragen in hele eurocenten.")
    FinancienJson financien(
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld 0153") @PathVariable String gemeente,
            @Parameter(description = "Begrotingsjaar, bijvoorbeeld 2026") @PathVariable String jaar) {
        Financieelbeeld b = financien.beeld(GemeenteCode.parse(gemeente.strip()), jaar(jaar));
        return new FinancienJson(
                b.gemeente().value(),
                namen.gemeente(b.gemeente().value()),
                b.jaar(),
                b.peildatum(),
                b.begrotingsversie(),
                b.hulpvormen().stream().map(HulpvormJson::van).toList(),
                HulpvormJson.van(b.totaal()),
                b.verplichtingen().stream().map(this::verplichting).toList(),
                b.realisatie().stream().map(this::realisatie).toList(),
                KostenJson.van(vergelijkingen.vergelijk(b.gemeente(), b.jaar())),
                VerloopJson.van(financien.verloop(b)));
    }

    private VerplichtingJson verplichting(Verplichting v) {
        return new VerplichtingJson(
                v.aanbieder().value(),
                namen.aanbieder(v.aanbieder().value()),
                v.jeugdzorgvorm(),
                v.productcategorie(),
                v.productcode(),
                namen.product(v.productcategorie(), v.productcode()),
                v.toewijzingen(),
                v.zonderTarief(),
                v.bedrag().eurocent());
    }

    private RealisatieJson realisatie(Realisatie r) {
        return new RealisatieJson(
                r.aanbieder().value(),
                namen.aanbieder(r.aanbieder().value()),
                r.jeugdzorgvorm(),
                r.productcategorie(),
                r.productcode(),
                namen.product(r.productcategorie(), r.productcode()),
                r.maand(),
                r.goedgekeurdePrestaties(),
                r.goedgekeurd().eurocent(),
                r.afgewezenPrestaties(),
                r.nietGoedgekeurd().eurocent());
    }

    @Schema(name = "Begrotingsregel")
    record RegelJson(
            @Schema(description = "Iv3-taakveld, bijvoorbeeld 6.72b")
            String taakveld,

            String taakveldnaam,

            @Schema(description = "CBS-jeugdzorgvorm, bijvoorbeeld 02")
            String hulpvorm,

            String hulpvormnaam,
            @Schema(description = EUROCENT) long eurocent) {

        static RegelJson van(Begrotingsregel r) {
            return new RegelJson(
                    r.taakveld().code(),
                    r.taakveld().naam(),
                    r.jeugdzorgvorm().code(),
                    Notatie.code(r.jeugdzorgvorm()),
                    r.bedrag().eurocent());
        }
    }

    @Schema(name = "Begrotingsmutatie")
    record MutatieJson(
            String taakveld,
            String hulpvorm,

            @Schema(description = "Bedrag in de versie ervoor (0 als de regel nieuw is). " + EUROCENT)
            long wasEurocent,

            @Schema(description = "Bedrag in deze versie (0 als de regel is vervallen). " + EUROCENT)
            long wordtEurocent) {

        static MutatieJson van(Begrotingsmutatie m) {
            return new MutatieJson(
                    m.taakveld().code(),
                    m.jeugdzorgvorm().code(),
                    m.was().eurocent(),
                    m.wordt().eurocent());
        }
    }

    @Schema(name = "Begrotingsversie")
    record VersieJson(
            int versie,

            @Schema(description = "PRIMITIEF (primitieve begroting) of WIJZIGING (begrotingswijziging)")
            String soort,

            String toelichting,
            @Schema(description = "Wie de versie vastlegde") String door,
            Instant op,
            @Schema(description = EUROCENT) long totaalEurocent,
            List<RegelJson> regels,

            @Schema(description = "Wat deze versie veranderde ten opzichte van de vorige")
            List<MutatieJson> mutaties) {

        static VersieJson van(Begrotingsversie v) {
            return new VersieJson(
                    v.versie(),
                    v.soort().name(),
                    v.toelichting(),
                    v.door(),
                    v.op(),
                    v.totaal().eurocent(),
                    v.regels().stream().map(RegelJson::van).toList(),
                    v.mutaties().stream().map(MutatieJson::van).toList());
        }
    }

    @Schema(name = "Begroting")
    record BegrotingJson(String gemeente, String gemeentenaam, int jaar, List<VersieJson> versies) {}

    @Schema(name = "NieuweBegrotingsregel")
    record NieuweRegelJson(
            @Schema(description = "Iv3-taakveld van jeugd, bijvoorbeeld 6.72b")
            String taakveld,

            @Schema(description = "CBS-jeugdzorgvorm, bijvoorbeeld 02")
            String hulpvorm,

            @Schema(
                    description = "Geheel aantal eurocent, nul of meer, als getal of tekst: 123456 is € 1.234,56",
                    type = "string",
                    example = "123456")
            String eurocent) {}

    @Schema(name = "NieuweBegrotingsversie")
    record NieuweVersieJson(
            @Schema(description = "PRIMITIEF voor de eerste versie, WIJZIGING voor elke volgende; leeg: wat past")
            String soort,

            String toelichting,

            @Schema(description = "Alle regels van de nieuwe versie; elke combinatie van taakveld en hulpvorm één keer")
            List<NieuweRegelJson> regels) {}

    @GetMapping("/begrotingen/{gemeente}/{jaar}")
    @Operation(
            operationId = "getBegroting",
            summary = "Begroting van een gemeente in een jaar",
            description = "Alle versies (primitieve begroting en begrotingswijzigingen) met hun regels per Iv3-taakveld"
                    + " en hulpvorm, wie ze vastlegde en wanneer, en wat elke versie veranderde.")
    BegrotingJson begroting(@PathVariable String gemeente, @PathVariable String jaar) {
        return json(begrotingen.begroting(GemeenteCode.parse(gemeente.strip()), jaar(jaar)));
    }

    @PutMapping("/begrotingen/{gemeente}/{jaar}")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    @Operation(
            operationId = "putBegroting",
            summary = "Nieuwe versie van de begroting vastleggen",
            description = "Legt alle regels vast als de volgende versie: de eerste is de primitieve begroting, elke"
                    + " volgende een begrotingswijziging. Alleen voor BACKOFFICE en BEHEERDER. Een negatief of"
                    + " niet-numeriek bedrag, een onbekend taakveld of een onbekende hulpvorm geeft 400 met elke fout"
                    + " in invalidParams (regels[0].bedrag); dan wordt niets opgeslagen.")
    BegrotingJson legVast(
            @PathVariable String gemeente, @PathVariable String jaar, @RequestBody NieuweVersieJson json) {
        GemeenteCode code = GemeenteCode.parse(gemeente.strip());
        int gekozen = jaar(jaar);
        if (json.regels() == null) {
            throw new OngeldigeInvoer("regels", "Geef de regels van de begroting (taakveld, hulpvorm, eurocent)");
        }
        List<Invoerregel> invoer = new ArrayList<>();
        for (int i = 0; i < json.regels().size(); i++) {
            NieuweRegelJson r = json.regels().get(i);
            invoer.add(
                    r == null
                            ? new Invoerregel("regels[" + i + "]", true, null, null, null)
                            : new Invoerregel("regels[" + i + "]", true, r.taakveld(), r.hulpvorm(), r.eurocent()));
        }
        List<Begrotingsregel> regels = Begrotingsinvoer.lees(invoer, Begrotingsinvoer.Bedragnotatie.EUROCENT);
        return json(begrotingen.legVast(code, gekozen, soort(json.soort()), json.toelichting(), regels));
    }

    private BegrotingJson json(Begroting b) {
        return new BegrotingJson(
                b.gemeente().value(),
                namen.gemeente(b.gemeente().value()),
                b.jaar(),
                b.versies().stream().map(VersieJson::van).toList());
    }

    private static Begrotingssoort soort(String soort) {
        if (soort == null || soort.isBlank()) {
            return null;
        }
        try {
            return Begrotingssoort.valueOf(soort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer("soort", "Soort moet PRIMITIEF of WIJZIGING zijn");
        }
    }

    /** The year of a path, four digits, or 400 with a Dutch reason. */
    static int jaar(String jaar) {
        String schoon = jaar == null ? "" : jaar.strip();
        if (!schoon.matches("[0-9]{4}")) {
            throw new OngeldigeInvoer("jaar", "Het jaar is een jaartal van vier cijfers, bijvoorbeeld 2026");
        }
        return Integer.parseInt(schoon);
    }
}
