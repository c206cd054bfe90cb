package nl.jeugdregie.portaal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.Startmelding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.springframework.context.ApplicationContext;

/** Toewijzingen to small aanbieders of the portal tests, each for a jeugdige of its own whose gegevens are known. */
public final class PortaalFixtures {

    public static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    public static final LocalDate INGANG = LocalDate.of(2026, 2, 2);
    static final LocalDate EIND = LocalDate.of(2026, 8, 31);
    public static final Bedrag UURTARIEF = Bedrag.euro(84);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    private final ToewijzingService toewijzingen;
    private final ClientService clienten;
    private final ApplicationContext context;

    public PortaalFixtures(ApplicationContext context) {
        this.context = context;
        this.toewijzingen = context.getBean(ToewijzingService.class);
        this.clienten = context.getBean(ClientService.class);
    }

    /** A fresh AGB code of a small aanbieder. */
    public static AgbCode nieuweAanbieder() {
        return new AgbCode("9781%04d".formatted(VOLGNUMMER.incrementAndGet() % 10_000));
    }

    /** Four hours a week of 45A48 from 2 February to 31 August 2026, for a new jeugdige "L. de Vries". */
    public ToegewezenProduct toewijzing(AgbCode aanbieder) {
        return toewijzing(
                aanbieder,
                new Persoonsgegevens(
                        LocalDate.of(2014, 5, 4),
                        null,
                        Geslacht.vanCode("2"),
                        "Vries",
                        "de",
                        null,
                        null,
                        "Lotte",
                        "L",
                        null,
                        new Persoonsgegevens.Adres("Oude Markt", 2, null, null, "7511GA", "Enschede")),
                Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A48"),
                new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK),
                null);
    }

    /** A toewijzing from 2 February to 31 August 2026 for a new jeugdige with these gegevens. */
    public ToegewezenProduct toewijzing(
            AgbCode aanbieder, Persoonsgegevens gegevens, Productaanduiding product, Omvang omvang, Bedrag budget) {
        Bsn bsn = Testbsn.vanaf(781_000_000L + VOLGNUMMER.incrementAndGet() * 20L);
        clienten.legVast(ENSCHEDE, bsn, gegevens);
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE, bsn, aanbieder, product, Periode.van(INGANG, EIND), omvang, budget, null))
                .waarde();
    }

    /** A fresh aanbieder with a contract for 45A48 at € 84,00 per hour in 2026. */
    public AgbCode aanbiederMetContract() {
        AgbCode agb = nieuweAanbieder();
        InkoopFixtures.aanbiederMetContract(
                context.getBean(AanbiederService.class),
                context.getBean(ContractService.class),
                agb,
                "Praktijk " + agb.value(),
                "45A48",
                UURTARIEF);
        return agb;
    }

    /** Records the start of care on the toewijzing as the gemeente would after processing the aanbieder's JW305. */
    public ToegewezenProduct gestart(ToegewezenProduct t, LocalDate begindatum) {
        context.getBean(ZorgtrajectService.class)
                .verwerk(Startmelding.van(t, begindatum, StatusAanlevering.EERSTE_AANLEVERING))
                .waarde();
        return t;
    }

    /** Processes every waiting message, as the platform does in the background. */
    public void verwerk() {
        new Berichtenketen(context, nieuweAanbieder(), ENSCHEDE, "PF").verwerk();
    }
}
