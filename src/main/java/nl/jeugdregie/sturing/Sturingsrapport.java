package nl.jeugdregie.sturing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.PdfUa;
import org.springframework.stereotype.Component;

/**
 * A gemeente's figures of a period as a PDF/UA report for the gemeenteraad (a raadsinformatiebrief): every indicator for
 * the gemeente, the region and the Netherlands, with its definition and source.
 */
@Component
public class Sturingsrapport {

    private static final DateTimeFormatter VOLUIT =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl-NL"));

    /** One line of the report, already written out. */
    public record Regel(String naam, String gemeente, String regio, String nederland, String definitie, String bron) {}

    private final SturingService sturing;
    private final Namen namen;
    private final Clock clock;
    private final PdfUa pdf = new PdfUa();

    Sturingsrapport(SturingService sturing, Namen namen, Clock clock) {
        this.sturing = sturing;
        this.namen = namen;
        this.clock = clock;
    }

    public byte[] maak(Selectie selectie) {
        List<Regel> rijen =
                sturing.overzicht(selectie).stream().map(this::regel).toList();
        LocalDate vandaag = LocalDate.now(clock);
        String gemeente = namen.gemeente(selectie.gemeente());
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(
                "titel",
                "Sturingsinformatie jeugdzorg " + gemeente + ", "
                        + selectie.periode().omschrijving());
        variabelen.put("auteur", "Jeugdregie, " + namen.jeugdregio(sturingregio()));
        variabelen.put("onderwerp", "Cijfers jeugdzorg voor de gemeenteraad");
        variabelen.put("gemeente", gemeente);
        variabelen.put("periode", selectie.periode().omschrijving());
        variabelen.put("regio", namen.jeugdregio(sturingregio()));
        variabelen.put("stand", VOLUIT.format(vandaag));
        variabelen.put("minimumCel", sturing.minimumCel());
        variabelen.put("rijen", rijen);
        return pdf.maak("sturing/rapport-pdf", variabelen, vandaag, "sturing\n" + selectie + "\n" + vandaag);
    }

    private String sturingregio() {
        return sturing.platformregio();
    }

    private Regel regel(Indicatoruitkomst u) {
        Indicator i = u.indicator();
        return new Regel(
                i.naam(),
                Cel.tekst(u.gemeentecel("totaal").orElse(null), i.eenheid(), sturing.minimumCel()),
                Cel.tekst(u.regiocel("totaal").orElse(null), i.eenheid(), sturing.minimumCel()),
                u.nederland()
                        .map(nl -> i.eenheid().schrijf(nl.waarde()) + " (" + nl.jaar() + ")")
                        .orElse("-"),
                i.definitie(),
                i.bron());
    }
}
