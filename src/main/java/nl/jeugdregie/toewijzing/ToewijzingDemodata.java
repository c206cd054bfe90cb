package nl.jeugdregie.toewijzing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
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
    private static final Productaanduiding AMBULANT =
            Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A08");
    private static final Omvang UREN = new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK);

    private final Demomodus demomodus;
    private final JdbcClient jdbc;
    private final VerzoekService verzoeken;
    private final ToewijzingService toewijzingen;
    private final ZorgtrajectService zorgtrajecten;
    private final ClientService clienten;
    private final Clock clock;

    ToewijzingDemodata(
            Demomodus demomodus,
            JdbcClient jdbc,
            VerzoekService verzoeken,
            ToewijzingService toewijzingen,
            ZorgtrajectService zorgtrajecten,
            ClientService clienten,
            Clock clock) {
        this.clienten = clienten;
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
        // Fictitious jeugdigen: three with gegevens as the gemeente knows them, one known only from the aanbieder's
        // verzoek (no address yet, so a JW301 for it waits until the gemeente completes it).
        clienten.legVast(
                ENSCHEDE,
                new Bsn("999990007"),
                democlient("Jansen", "Sanne", Geslacht.vanCode("2"), "Oude Markt", 12, "7511GA", "Enschede"));
        clienten.neemOverUitVerzoek(
                ENSCHEDE,
                AANBIEDER,
                new Bsn("999990019"),
                new Persoonsgegevens(
                        LocalDate.of(2014, 6, 3),
                        null,
                        Geslacht.vanCode("1"),
                        "Smit",
                        null,
                        null,
                        null,
                        null,
                        "D",
                        null,
                        null));
        clienten.legVast(
                HENGELO,
                new Bsn("999990020"),
                democlient("Visser", "Noa", Geslacht.vanCode("0"), "Marktstraat", 5, "7551DR", "Hengelo"));
        clienten.legVast(
                ENSCHEDE,
                new Bsn("999990032"),
                democlient("Bos", "Daan", Geslacht.vanCode("1"), "Hengelosestraat", 101, "7514AE", "Enschede"));
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

    private static Persoonsgegevens democlient(
            String achternaam,
            String voornaam,
            Geslacht geslacht,
            String straat,
            int huisnummer,
            String postcode,
            String plaats) {
        return new Persoonsgegevens(
                LocalDate.of(2012, 4, 17),
                null,
                geslacht,
                achternaam,
                null,
                null,
                null,
                voornaam,
                voornaam.substring(0, 1),
                null,
                new Persoonsgegevens.Adres(straat, huisnummer, null, null, postcode, plaats));
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
