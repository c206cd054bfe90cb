package nl.jeugdregie.toewijzing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.Demomodus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a few fictitious verzoeken and toewijzingen (test BSNs from the 99999 range) so the work queue and the
 * client pages show something: one overdue and one fresh VOT in Enschede, one in Hengelo, and a started toewijzing.
 * Created once, through the real commands.
 */
@Component
class ToewijzingDemodata implements ApplicationRunner {

    private static final AgbCode AANBIEDER = new AgbCode(Demomodus.DEMO_AANBIEDER_AGB);
    private static final GemeenteCode ENSCHEDE = new GemeenteCode(Demomodus.DEMO_GEMEENTE);
    private static final GemeenteCode HENGELO = new GemeenteCode("0164");
    private static final Product AMBULANT = Product.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A08");
    private static final Omvang UREN = new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK);

    private final Demomodus demomodus;
    private final JdbcClient jdbc;
    private final VerzoekService verzoeken;
    private final ToewijzingService toewijzingen;
    private final ZorgtrajectService zorgtrajecten;
    private final Clock clock;

    ToewijzingDemodata(
            Demomodus demomodus,
            JdbcClient jdbc,
            VerzoekService verzoeken,
            ToewijzingService toewijzingen,
            ZorgtrajectService zorgtrajecten,
            Clock clock) {
        this.demomodus = demomodus;
        this.jdbc = jdbc;
        this.verzoeken = verzoeken;
        this.toewijzingen = toewijzingen;
        this.zorgtrajecten = zorgtrajecten;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demomodus.isAan()
                || jdbc.sql("select count(*) from toewijzing.verzoek")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        Periode halfJaar = Periode.van(vandaag, vandaag.plusMonths(6));
        vot(ENSCHEDE, new Bsn("999990007"), "DEMO-VOT-1", vandaag.minusDays(14), halfJaar);
        vot(ENSCHEDE, new Bsn("999990019"), "DEMO-VOT-2", vandaag, halfJaar);
        vot(HENGELO, new Bsn("999990020"), "DEMO-VOT-3", vandaag.minusDays(3), halfJaar);
        ToegewezenProduct lopend = toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        new Bsn("999990032"),
                        AANBIEDER,
                        AMBULANT,
                        Periode.van(vandaag.minusMonths(2), vandaag.plusMonths(4)),
                        UREN,
                        null,
                        "Demotoewijzing"))
                .waarde();
        zorgtrajecten.verwerk(new Startmelding(
                ENSCHEDE,
                AANBIEDER,
                lopend.client(),
                lopend.nummer(),
                lopend.product(),
                lopend.periode().begin(),
                lopend.periode().begin().plusDays(7),
                StatusAanlevering.EERSTE_AANLEVERING));
    }

    private void vot(GemeenteCode gemeente, Bsn client, String referentie, LocalDate ontvangen, Periode periode) {
        verzoeken.ontvang(new VerzoekOmToewijzing(
                gemeente,
                AANBIEDER,
                client,
                ontvangen,
                ontvangen,
                null,
                List.of(new AangevraagdProduct(referentie, AMBULANT, periode, UREN, null, Verwijzer.HUISARTS, null))));
    }
}
