package nl.jeugdregie.sturing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.sturing.Cel;
import nl.jeugdregie.sturing.Indicator;
import nl.jeugdregie.sturing.Indicatoruitkomst;
import nl.jeugdregie.sturing.Referentiecijfer;
import nl.jeugdregie.sturing.SturingService;
import nl.jeugdregie.sturing.Trendpunt;
import nl.jeugdregie.sturing.Uitsplitsing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicators of the steering information, with their definitions, and their values. */
@RestController
@RequestMapping(Api.BASIS + "/indicatoren")
@Tag(
        name = "Sturingsinformatie",
        description = "Indicatoren volgens de definities van de Beleidsinformatie Jeugd (CBS), per gemeente, regio en"
                + " Nederland; cellen met minder dan vijf jeugdigen zijn onderdrukt")
@PreAuthorize(Sturingsrollen.LEZEN)
class IndicatorenApi {

    private final SturingService sturing;

    IndicatorenApi(SturingService sturing) {
        this.sturing = sturing;
    }

    @Schema(name = "Indicator")
    record IndicatorJson(
            String code,
            String naam,
            String definitie,

            @Schema(description = "aantal, procent, dagen of euro")
            String eenheid,

            String bron,

            @Schema(description = "de CBS-definitie die de indicator volgt; leeg als er geen is")
            String cbs,

            List<String> uitsplitsingen,
            List<String> filters) {

        static IndicatorJson van(Indicator i) {
            return new IndicatorJson(
                    i.code(),
                    i.naam(),
                    i.definitie(),
                    i.eenheid().code(),
                    i.bron(),
                    i.cbs(),
                    i.uitsplitsingen().stream().map(Uitsplitsing::code).toList(),
                    i.filters().stream().map(f -> f.code()).sorted().toList());
        }
    }

    @Schema(name = "Indicatorwaarde")
    record WaardeJson(
            String groep,
            String naam,

            @Schema(description = "als tekst, exact; leeg als de cel is onderdrukt", type = "string")
            BigDecimal waarde,

            @Schema(type = "string") BigDecimal teller,
            @Schema(type = "string") BigDecimal noemer,
            Long jeugdigen,

            @Schema(description = "de noemer is een schatting")
            boolean geschat,

            @Schema(description = "minder dan vijf jeugdigen (of af te leiden): geen cijfers")
            boolean onderdrukt) {

        static WaardeJson van(Cel c) {
            return new WaardeJson(
                    c.groep(),
                    c.naam(),
                    c.waarde(),
                    c.teller(),
                    c.noemer(),
                    c.jeugdigen(),
                    c.geschat(),
                    c.onderdrukt());
        }
    }

    @Schema(name = "Referentiecijfer")
    record ReferentieJson(
            String gebied,
            int jaar,
            @Schema(type = "string") BigDecimal waarde,
            String eenheid,
            String noemer,
            String bron) {
        static ReferentieJson van(Referentiecijfer r) {
            return new ReferentieJson(r.gebied(), r.jaar(), r.waarde(), r.eenheid(), r.noemer(), r.bron());
        }
    }

    @Schema(name = "Indicatoruitkomst")
    record UitkomstJson(
            IndicatorJson indicator,
            String periode,
            String gemeente,
            String uitsplitsing,
            List<WaardeJson> gemeentewaarden,
            String regio,
            List<WaardeJson> regiowaarden,
            ReferentieJson nederland,

            @Schema(description = "het CBS-cijfer van de gemeente zelf, met jaar en noemer")
            ReferentieJson cbsGemeente,

            Instant bijgewerktOp) {}

    @Schema(name = "Trendpunt")
    record TrendJson(String periode, WaardeJson gemeente, WaardeJson regio) {
        static TrendJson van(Trendpunt p) {
            return new TrendJson(
                    p.periode().code(),
                    p.gemeente() == null ? null : WaardeJson.van(p.gemeente()),
                    p.regio() == null ? null : WaardeJson.van(p.regio()));
        }
    }

    @GetMapping
    @Operation(
            operationId = "listIndicatoren",
            summary = "Alle indicatoren",
            description =
                    "Code, naam, definitie in woorden, eenheid, bron, en de uitsplitsingen en filters die gelden.")
    List<IndicatorJson> indicatoren() {
        return sturing.indicatoren().stream().map(IndicatorJson::van).toList();
    }

    @GetMapping("/{code}")
    @Operation(
            operationId = "getIndicator",
            summary = "Waarden van een indicator",
            description =
                    "Voor de gemeente, de regio en, waar een landelijk cijfer bestaat, Nederland. Periode als jaar"
                            + " (2026), halfjaar (2026-H1) of maand (2026-03). Uitsplitsing naar verwijzer, hulpvorm, aanbieder,"
                            + " product, leeftijd en meer (zie de indicator); filters hulpvorm, verwijzer, aanbieder, leeftijd.")
    UitkomstJson indicator(
            @PathVariable String code,
            @RequestParam String periode,
            @RequestParam String gemeente,
            @RequestParam(required = false) String uitsplitsing,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) String verwijzer,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String leeftijd) {
        Indicatoruitkomst u = sturing.uitkomst(
                code,
                Sturingsparameters.selectie(gemeente, periode, uitsplitsing, hulpvorm, verwijzer, aanbieder, leeftijd));
        return new UitkomstJson(
                IndicatorJson.van(u.indicator()),
                u.selectie().periode().code(),
                u.selectie().gemeente().value(),
                u.selectie().uitsplitsing().code(),
                u.gemeente().stream().map(WaardeJson::van).toList(),
                u.regio(),
                u.regiocellen().stream().map(WaardeJson::van).toList(),
                u.nederland().map(ReferentieJson::van).orElse(null),
                u.cbsGemeente().map(ReferentieJson::van).orElse(null),
                u.bijgewerktOp());
    }

    @GetMapping("/{code}/trend")
    @Operation(
            operationId = "getIndicatorTrend",
            summary = "Trend van een indicator",
            description = "Het totaal per maand (de twaalf maanden tot en met het einde van de periode) of per halfjaar"
                    + " (de zes halfjaren tot en met de periode), voor de gemeente en de regio.")
    List<TrendJson> trend(
            @PathVariable String code,
            @RequestParam String periode,
            @RequestParam String gemeente,
            @RequestParam(defaultValue = "maand") String per,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) String verwijzer,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String leeftijd) {
        var selectie = Sturingsparameters.selectie(gemeente, periode, null, hulpvorm, verwijzer, aanbieder, leeftijd);
        List<Trendpunt> punten = switch (per) {
            case "maand" -> sturing.trendPerMaand(code, selectie);
            case "halfjaar" -> sturing.trendPerHalfjaar(code, selectie);
            default -> throw new nl.jeugdregie.platform.OngeldigeInvoer("per", "Kies maand of halfjaar");
        };
        return punten.stream().map(TrendJson::van).toList();
    }
}
