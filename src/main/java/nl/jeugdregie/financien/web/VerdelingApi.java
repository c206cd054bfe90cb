package nl.jeugdregie.financien.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.financien.Deelverdeling;
import nl.jeugdregie.financien.Sleutelinvoer;
import nl.jeugdregie.financien.Sleutelinvoer.Invoersleutel;
import nl.jeugdregie.financien.Sleutelversie;
import nl.jeugdregie.financien.Verdeelregel;
import nl.jeugdregie.financien.Verdeelsleutel;
import nl.jeugdregie.financien.Verdeling;
import nl.jeugdregie.financien.VerdelingService;
import nl.jeugdregie.kern.Bedrag;
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
 * The verdeling in the region (Norm voor Opdrachtgeverschap): the verdeelsleutels per part of the inkoop and the
 * settlement per gemeente. Amounts are whole eurocent (integers); the shares of a part add up to its cost exactly.
 */
@RestController
@RequestMapping(Api.BASIS)
@PreAuthorize(Financienrollen.LEZEN)
@Tag(
        name = "Verdeling",
        description = "Verdeelsleutels van de regio per jaar en deel van de inkoop, en de verrekening per gemeente."
                + " Alle bedragen in hele eurocenten (gehele getallen).")
class VerdelingApi {

    private static final String EUROCENT = FinancienApi.EUROCENT;
    private static final String PROCENT = "Percentage met twee decimalen als tekst, bijvoorbeeld \"33.34\"";

    private final VerdelingService verdeling;
    private final Namen namen;

    VerdelingApi(VerdelingService verdeling, Namen namen) {
        this.verdeling = verdeling;
        this.namen = namen;
    }

    @Schema(name = "Verdeelsleutel")
    record SleutelJson(
            @Schema(description = "Deel van de inkoop: verblijf, jeugdbescherming of overig")
            String deel,

            String deelnaam,

            @Schema(description = "Gewicht per inwoner van 0 tot en met 17 jaar. " + PROCENT)
            String perInwoner,

            @Schema(description = "Gewicht per jeugdige met een toewijzing in dit deel. " + PROCENT)
            String perJeugdige,

            @Schema(description = "Gewicht naar werkelijk gebruik (eigen kosten). " + PROCENT)
            String naarGebruik) {

        static SleutelJson van(Verdeelsleutel s) {
            return new SleutelJson(
                    s.deel().code(),
                    s.deel().naam(),
                    s.perInwonerProcent().toPlainString(),
                    s.perJeugdigeProcent().toPlainString(),
                    s.naarGebruikProcent().toPlainString());
        }
    }

    @Schema(name = "Verdeelregel")
    record RegelJson(
            String gemeente,
            String gemeentenaam,

            @Schema(description = "Inwoners van 0 tot en met 17 jaar")
            long inwoners,

            @Schema(description = "Jeugdigen met een toewijzing in dit deel in het jaar")
            long jeugdigen,

            @Schema(description = "Aandeel van de gemeente volgens de sleutel, afgerond op twee decimalen. " + PROCENT)
            String aandeelProcent,

            @Schema(description = "Werkelijk gebruik: goedgekeurd gedeclareerd voor de eigen jeugdigen. " + EUROCENT)
            long gebruikEurocent,

            @Schema(description = "Aandeel volgens de sleutel. " + EUROCENT)
            long aandeelEurocent,

            @Schema(
                    description = "Aandeel min gebruik: positief is te betalen aan de regio, negatief te ontvangen. "
                            + EUROCENT)
            long verschilEurocent) {

        static RegelJson van(Verdeelregel r, Namen namen) {
            return new RegelJson(
                    r.gemeente().value(),
                    namen.gemeente(r.gemeente().value()),
                    r.inwoners(),
                    r.jeugdigen(),
                    r.aandeelProcent().toPlainString(),
                    r.gebruik().eurocent(),
                    r.aandeel().eurocent(),
                    r.verschil().eurocent());
        }
    }

    @Schema(name = "Deelverdeling")
    record DeelJson(
            String deel,
            String deelnaam,

            @Schema(description = "Of de regio voor dit deel een sleutel vastlegde; zo niet: naar werkelijk gebruik")
            boolean afgesproken,

            SleutelJson sleutel,

            @Schema(
                    description =
                            "De sleutel zoals toegepast: een gewicht zonder grondslag gaat naar werkelijk gebruik")
            SleutelJson toegepast,

            @Schema(description = "Kosten van dit deel in de hele regio. " + EUROCENT)
            long regiokostenEurocent,

            long regioInwoners,
            long regioJeugdigen,
            List<String> meldingen,
            List<RegelJson> gemeenten,

            @Schema(description = "Som van de getoonde gemeenten. " + EUROCENT)
            long totaalGebruikEurocent,

            @Schema(description = "Som van de getoonde gemeenten. " + EUROCENT)
            long totaalAandeelEurocent,

            @Schema(description = "Som van de getoonde gemeenten. " + EUROCENT)
            long totaalVerschilEurocent) {}

    @Schema(name = "Gemeentesaldo")
    record SaldoJson(
            String gemeente,
            String gemeentenaam,
            @Schema(description = EUROCENT) long gebruikEurocent,
            @Schema(description = EUROCENT) long aandeelEurocent,

            @Schema(description = "Positief te betalen, negatief te ontvangen. " + EUROCENT)
            long verschilEurocent) {

        static SaldoJson van(String gemeente, String naam, Bedrag gebruik, Bedrag aandeel) {
            return new SaldoJson(
                    gemeente,
                    naam,
                    gebruik.eurocent(),
                    aandeel.eurocent(),
                    aandeel.min(gebruik).eurocent());
        }
    }

    @Schema(name = "Sleutelversie")
    record VersieJson(
            int versie,
            String toelichting,
            @Schema(description = "Wie de versie vastlegde") String door,
            Instant op,
            List<SleutelJson> sleutels) {

        static VersieJson van(Sleutelversie v) {
            return new VersieJson(
                    v.versie(),
                    v.toelichting(),
                    v.door(),
                    v.op(),
                    v.sleutels().stream().map(SleutelJson::van).toList());
        }
    }

    @Schema(name = "Verdeling")
    record VerdelingJson(
            int jaar,

            @Schema(description = "De gemeenten zijn die van de regio op deze dag")
            LocalDate peildatum,

            @Schema(description = "Versie van de sleutels; 0 als er geen is")
            int sleutelversie,

            @Schema(description = "Of alle gemeenten van de regio zijn opgenomen; TOEGANG ziet alleen de eigen")
            boolean heleRegio,

            int regiogemeenten,

            @Schema(description = "Jaren (1 januari) van de gebruikte inwonertallen")
            List<Integer> inwonerjaren,

            boolean inwonersGeschat,
            List<DeelJson> delen,

            @Schema(description = "Per gemeente de som over de delen")
            List<SaldoJson> gemeenten,

            @Schema(description = "De som over de delen en de getoonde gemeenten")
            SaldoJson totaal,

            List<VersieJson> versies) {}

    @GetMapping("/verdeling/{jaar}")
    @Operation(
            operationId = "getVerdeling",
            summary = "Verdeling van de kosten in de regio in een jaar",
            description = "Per deel van de inkoop (verblijf: jeugdhulp met verblijf, solidair; jeugdbescherming:"
                    + " jeugdbescherming en jeugdreclassering; overig: jeugdhulp zonder verblijf en zorg zonder"
                    + " jeugdzorgvorm) de sleutel, de kosten in de regio (goedgekeurde prestaties naar maand van zorg)"
                    + " en per gemeente de grondslagen, het aandeel volgens de sleutel, het werkelijk gebruik en het"
                    + " verschil (positief te betalen, negatief te ontvangen). De aandelen van een deel tellen exact op"
                    + " tot de kosten (centen verdeeld volgens de grootste-restmethode). BACKOFFICE, ANALIST en BEHEERDER"
                    + " zien de hele regio; TOEGANG ziet alleen de eigen gemeenten, met de totalen van de regio per deel."
                    + " Bedragen in hele eurocenten.")
    VerdelingJson verdeling(@Parameter(description = "Jaar, bijvoorbeeld 2026") @PathVariable String jaar) {
        return json(verdeling.verdeling(FinancienApi.jaar(jaar)));
    }

    @Schema(name = "NieuweVerdeelsleutel")
    record NieuweSleutelJson(
            @Schema(description = "Deel van de inkoop: verblijf, jeugdbescherming of overig")
            String deel,

            @Schema(description = "Per inwoner; leeg is 0. " + PROCENT, type = "string", example = "50")
            String perInwoner,

            @Schema(description = "Per jeugdige; leeg is 0. " + PROCENT, type = "string", example = "25")
            String perJeugdige,

            @Schema(description = "Naar werkelijk gebruik; leeg is 0. " + PROCENT, type = "string", example = "25")
            String naarGebruik) {}

    @Schema(name = "NieuweSleutelversie")
    record NieuweVersieJson(
            @Schema(description = "Bijvoorbeeld het besluit van het regionaal overleg")
            String toelichting,

            @Schema(
                    description =
                            "De sleutels van de nieuwe versie, elk deel hoogstens één keer; een deel zonder sleutel"
                                    + " wordt naar werkelijk gebruik verdeeld")
            List<NieuweSleutelJson> sleutels) {}

    @PutMapping("/verdeling/{jaar}/sleutels")
    @PreAuthorize(Financienrollen.WIJZIGEN)
    @Operation(
            operationId = "putVerdeelsleutels",
            summary = "Nieuwe versie van de verdeelsleutels vastleggen",
            description = "Legt de sleutels vast als de volgende versie voor het jaar, met wie en wanneer. Alleen voor"
                    + " BACKOFFICE en BEHEERDER. Een sleutel die niet precies 100 % is, een negatief, te groot of"
                    + " niet-numeriek percentage, een onbekend deel of een jaar buiten 2015-2100 geeft 400 met elke fout"
                    + " in invalidParams (sleutels[0].perInwoner); dan wordt niets opgeslagen. Antwoordt de verdeling.")
    VerdelingJson legVast(@PathVariable String jaar, @RequestBody NieuweVersieJson json) {
        int gekozen = FinancienApi.jaar(jaar);
        if (json.sleutels() == null) {
            throw new OngeldigeInvoer(
                    "sleutels", "Geef de sleutels (deel, perInwoner, perJeugdige, naarGebruik in procenten)");
        }
        List<Invoersleutel> invoer = new ArrayList<>();
        for (int i = 0; i < json.sleutels().size(); i++) {
            NieuweSleutelJson s = json.sleutels().get(i);
            String plaats = "sleutels[" + i + "]";
            invoer.add(
                    s == null
                            ? new Invoersleutel(plaats, true, null, null, null, null)
                            : new Invoersleutel(
                                    plaats, true, s.deel(), s.perInwoner(), s.perJeugdige(), s.naarGebruik()));
        }
        return json(verdeling.legVast(gekozen, json.toelichting(), Sleutelinvoer.lees(invoer)));
    }

    private VerdelingJson json(Verdeling v) {
        List<DeelJson> delen = new ArrayList<>();
        for (Deelverdeling d : v.delen()) {
            delen.add(new DeelJson(
                    d.deel().code(),
                    d.deel().naam(),
                    d.afgesproken(),
                    SleutelJson.van(d.sleutel()),
                    SleutelJson.van(d.toegepast()),
                    d.regiokosten().eurocent(),
                    d.regioInwoners(),
                    d.regioJeugdigen(),
                    d.meldingen(),
                    d.regels().stream().map(r -> RegelJson.van(r, namen)).toList(),
                    d.totaalGebruik().eurocent(),
                    d.totaalAandeel().eurocent(),
                    d.totaalVerschil().eurocent()));
        }
        return new VerdelingJson(
                v.jaar(),
                v.peildatum(),
                v.actueel().map(Sleutelversie::versie).orElse(0),
                v.heleRegio(),
                v.regiogemeenten(),
                List.copyOf(v.inwonerjaren()),
                v.inwonersGeschat(),
                delen,
                v.perGemeente().stream()
                        .map(s -> SaldoJson.van(
                                s.gemeente().value(),
                                namen.gemeente(s.gemeente().value()),
                                s.gebruik(),
                                s.aandeel()))
                        .toList(),
                SaldoJson.van("totaal", "Totaal", v.totaalGebruik(), v.totaalAandeel()),
                v.versies().stream().map(VersieJson::van).toList());
    }
}
