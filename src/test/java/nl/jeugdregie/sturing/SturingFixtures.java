package nl.jeugdregie.sturing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Care that runs: a toewijzing of ambulant 45A48 and its JW305 through the inbox, waited for in the read model. */
public final class SturingFixtures {

    private SturingFixtures() {}

    /** Answers the toewijzing number once its levering is in {@code sturing.levering}. */
    public static long lopendeZorg(
            ApplicationContext context,
            GemeenteCode gemeente,
            AgbCode aanbieder,
            Bsn bsn,
            LocalDate begin,
            String voorvoegsel) {
        long nummer = context.getBean(ToewijzingService.class)
                .wijsToe(new NieuweToewijzing(
                        gemeente,
                        bsn,
                        aanbieder,
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A48"),
                        Periode.van(begin, LocalDate.of(2026, 12, 31)),
                        new Omvang(2, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde()
                .nummer()
                .value();
        Berichtenketen keten = new Berichtenketen(context, aanbieder, gemeente, voorvoegsel);
        keten.ontvang(keten.start(bsn, nummer, begin, begin));
        keten.verwerk();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql("select count(*) from sturing.levering where toewijzingnummer = :n")
                                .param("n", nummer)
                                .query(Long.class)
                                .single()
                        > 0);
        return nummer;
    }

    /**
     * A levering written straight into the read model {@code sturing.levering} (born in 2012, no productcode); {@code
     * SturingRepository.voegSamen} makes trajecten of it.
     */
    static void levering(
            JdbcClient jdbc,
            String gemeente,
            long nummer,
            String jeugdige,
            String aanbieder,
            String categorie,
            String begin,
            String eind,
            String reden,
            String verwijzer,
            String toegewezen) {
        jdbc.sql("""
                        insert into sturing.levering (gemeente, toewijzingnummer, begindatum, einddatum, reden_beeindiging,
                            jeugdige, aanbieder, productcategorie, productcode, verwijzer, geboortejaar, toegewezen_op)
                        values (:gemeente, :nummer, :begin, :eind, :reden, :jeugdige, :aanbieder, :categorie, null,
                            :verwijzer, 2012, :toegewezen)""")
                .param("gemeente", gemeente)
                .param("nummer", nummer)
                .param("begin", LocalDate.parse(begin))
                .param("eind", eind == null ? null : LocalDate.parse(eind))
                .param("reden", reden)
                .param("jeugdige", jeugdige)
                .param("aanbieder", aanbieder)
                .param("categorie", categorie)
                .param("verwijzer", verwijzer)
                .param("toegewezen", LocalDate.parse(toegewezen))
                .update();
    }
}
