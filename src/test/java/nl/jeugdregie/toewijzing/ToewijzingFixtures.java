package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;

/** Test data for this module, reaching every state through the real transitions. */
final class ToewijzingFixtures {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final GemeenteCode HENGELO = new GemeenteCode("0164");
    static final AgbCode AANBIEDER = new AgbCode("99000001");
    static final Bsn CLIENT = new Bsn("999993653");
    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    static final Productaanduiding AMBULANT = Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A12");
    static final Omvang TIEN_UUR_PER_WEEK = new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK);
    static final Bewerking BEWERKING = new Bewerking("test", LocalDateTime.of(2026, 3, 2, 10, 0));

    private Toewijzingnummer nummer = new Toewijzingnummer(100);
    private Productaanduiding product = AMBULANT;
    private Periode periode = Periode.van(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
    private Omvang omvang = TIEN_UUR_PER_WEEK;
    private Bedrag budget;
    private String referentie;

    private ToewijzingFixtures() {}

    static ToewijzingFixtures eenToewijzing() {
        return new ToewijzingFixtures();
    }

    private static final java.util.concurrent.atomic.AtomicInteger VOLGENDE_CLIENT =
            new java.util.concurrent.atomic.AtomicInteger(1);

    /**
     * A client no other test in this JVM uses: tests share one database (fresh per test run), so
     * distinct clients keep them independent without random numbers.
     */
    static Bsn nieuweClient() {
        return clientNummer(VOLGENDE_CLIENT.getAndIncrement());
    }

    static Bsn clientNummer(int volgnummer) {
        return Testbsn.vanaf(100_000_000L + volgnummer * 1000L);
    }

    ToewijzingFixtures metNummer(long waarde) {
        nummer = new Toewijzingnummer(waarde);
        return this;
    }

    ToewijzingFixtures metPeriode(Periode waarde) {
        periode = waarde;
        return this;
    }

    ToewijzingFixtures metOmvang(Omvang waarde) {
        omvang = waarde;
        return this;
    }

    ToewijzingFixtures aspecifiekMetBudget(Productcategorie categorie, Bedrag bedrag) {
        product = Productaanduiding.aspecifiek(categorie);
        omvang = null;
        budget = bedrag;
        return this;
    }

    ToewijzingFixtures naVerzoek(String referentieAanbieder) {
        referentie = referentieAanbieder;
        return this;
    }

    Toewijzing toegewezen() {
        return Toewijzing.toewijzen(
                nummer, ENSCHEDE, CLIENT, AANBIEDER, product, periode, omvang, budget, referentie, null, BEWERKING);
    }

    Toewijzing verwijderd() {
        Toewijzing toewijzing = toegewezen();
        toewijzing.verwijderen(false, BEWERKING);
        return toewijzing;
    }

    static Startmelding start(ToegewezenProduct t, LocalDate begindatum, StatusAanlevering status) {
        return Startmelding.van(t, begindatum, status);
    }

    static Stopmelding stop(
            ToegewezenProduct t,
            LocalDate begindatum,
            LocalDate einddatum,
            RedenBeeindiging reden,
            StatusAanlevering status) {
        return new Stopmelding(
                t.gemeente(),
                t.aanbieder(),
                t.client(),
                t.nummer(),
                t.product(),
                t.periode().begin(),
                begindatum,
                einddatum,
                reden,
                status);
    }
}
