package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Demomodus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data on the first start of an empty register in demo mode: aanbieders (the demo aanbieder
 * {@value Demomodus#DEMO_AANBIEDER_AGB} and aanbieders named as in the published Twente waiting-time
 * feed, so its import links them), contracts with tariffs for 2025 and 2026, budget ceilings with
 * commitments, ontwikkelopgaven of the strategic partners and waiting times with history.
 *
 * <p>All AGB and KvK numbers are fictitious (99xxxxxx) and every aanbieder is marked as demo data.
 */
@Component
@Order(20)
class DemoInkoop implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInkoop.class);

    private final Demomodus demomodus;
    private final AanbiederService aanbieders;
    private final ContractService contracten;
    private final BudgetService budget;
    private final OntwikkelopgaveService ontwikkelopgaven;
    private final WachttijdService wachttijden;
    private final Clock clock;

    DemoInkoop(
            Demomodus demomodus,
            AanbiederService aanbieders,
            ContractService contracten,
            BudgetService budget,
            OntwikkelopgaveService ontwikkelopgaven,
            WachttijdService wachttijden,
            Clock clock) {
        this.demomodus = demomodus;
        this.aanbieders = aanbieders;
        this.contracten = contracten;
        this.budget = budget;
        this.ontwikkelopgaven = ontwikkelopgaven;
        this.wachttijden = wachttijden;
        this.clock = clock;
    }

    private record DemoAanbieder(
            String agb, String naam, Relatie relatie, String plaats, String perceel, List<String> aliassen) {}

    private static final List<DemoAanbieder> AANBIEDERS = List.of(
            new DemoAanbieder(
                    Demomodus.DEMO_AANBIEDER_AGB,
                    "Demo Jeugdhulp",
                    Relatie.STRATEGISCH_PARTNER,
                    "Enschede",
                    "Perceel 1 Specialistische jeugdhulp",
                    List.of()),
            new DemoAanbieder(
                    "99000002",
                    "Ambiq",
                    Relatie.STRATEGISCH_PARTNER,
                    "Hengelo",
                    "Perceel 2 Jeugdhulp met verblijf",
                    List.of()),
            new DemoAanbieder(
                    "99000003",
                    "Jarabee",
                    Relatie.STRATEGISCH_PARTNER,
                    "Almelo",
                    "Perceel 2 Jeugdhulp met verblijf",
                    List.of()),
            new DemoAanbieder(
                    "99000004",
                    "Mediant",
                    Relatie.STRATEGISCH_PARTNER,
                    "Enschede",
                    "Perceel 1 Specialistische jeugdhulp",
                    List.of("Mediant BalanZ", "Mediant Centrum voor Jeugd")),
            new DemoAanbieder(
                    "99000005", "Reggedok", Relatie.REGULIER, "Rijssen", "Perceel 3 Ambulante jeugdhulp", List.of()),
            new DemoAanbieder(
                    "99000006",
                    "De Korenschoof Samen Groeien",
                    Relatie.REGULIER,
                    "Hengelo",
                    "Perceel 3 Ambulante jeugdhulp",
                    List.of()),
            new DemoAanbieder(
                    "99000007",
                    "De Synergie",
                    Relatie.REGULIER,
                    "Enschede",
                    "Perceel 3 Ambulante jeugdhulp",
                    List.of()),
            new DemoAanbieder(
                    "99000008",
                    "Youz",
                    Relatie.REGULIER,
                    "Enschede",
                    "Perceel 1 Specialistische jeugdhulp",
                    List.of("Youz poli Twente", "Youz IMH", "Youz i-psy Jeugd en Gezin")),
            new DemoAanbieder(
                    "99000009", "Accare", Relatie.REGULIER, "Almelo", "Perceel 1 Specialistische jeugdhulp", List.of()),
            new DemoAanbieder(
                    "99000010",
                    "Karakter",
                    Relatie.REGULIER,
                    "Hengelo",
                    "Perceel 1 Specialistische jeugdhulp",
                    List.of()),
            new DemoAanbieder(
                    "99000011", "Pluryn", Relatie.LANDELIJK, "Nijmegen", "Landelijk Transitiearrangement", List.of()),
            new DemoAanbieder(
                    "99000012", "Tactus", Relatie.REGULIER, "Enschede", "Perceel 3 Ambulante jeugdhulp", List.of()),
            new DemoAanbieder(
                    "99000013",
                    "Instituut Nijenkamp",
                    Relatie.REGULIER,
                    "Enschede",
                    "Perceel 3 Ambulante jeugdhulp",
                    List.of()),
            new DemoAanbieder(
                    "99000014",
                    "Praktijk Forza",
                    Relatie.REGULIER,
                    "Almelo",
                    "Perceel 3 Ambulante jeugdhulp",
                    List.of()));

    /** Product, eenheid and tariff 2025 in cents per perceel; 2026 is indexed by 3.5%. */
    private record DemoProduct(String code, Eenheid eenheid, long eurocent2025) {}

    private static List<DemoProduct> producten(String perceel) {
        if (perceel.startsWith("Perceel 1")) {
            return List.of(
                    new DemoProduct("45A53", Eenheid.UUR, 10_850),
                    new DemoProduct("45A06", Eenheid.UUR, 11_420),
                    new DemoProduct("41A04", Eenheid.DAGDEEL, 9_310),
                    new DemoProduct("46A01", Eenheid.UUR, 12_575));
        }
        if (perceel.startsWith("Perceel 2")) {
            return List.of(
                    new DemoProduct("43A07", Eenheid.ETMAAL, 29_940),
                    new DemoProduct("43A10", Eenheid.ETMAAL, 17_875),
                    new DemoProduct("43A09", Eenheid.ETMAAL, 5_320),
                    new DemoProduct("45A53", Eenheid.UUR, 10_850));
        }
        if (perceel.startsWith("Perceel 3")) {
            return List.of(new DemoProduct("45A48", Eenheid.UUR, 7_560), new DemoProduct("45A51", Eenheid.UUR, 8_240));
        }
        return List.of(new DemoProduct("43A12", Eenheid.ETMAAL, 61_230));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demomodus.isAan() || !aanbieders.isLeeg()) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        int jaar = vandaag.getYear();
        int volgnummer = 1;
        for (DemoAanbieder demo : AANBIEDERS) {
            AgbCode agb = new AgbCode(demo.agb());
            aanbieders.voegToe(new Aanbiedergegevens(
                    agb,
                    "99" + demo.agb().substring(2),
                    demo.naam(),
                    demo.relatie(),
                    AanbiederStatus.ACTIEF,
                    null,
                    demo.aliassen()));
            aanbieders.markeerAlsDemo(agb);
            aanbieders.voegLocatieToe(agb, "Hoofdlocatie " + demo.plaats(), null, null, demo.plaats());
            aanbieders.voegContactpersoonToe(
                    agb,
                    "Contractbeheer " + demo.naam(),
                    "Contractmanager",
                    "contract@" + demo.agb() + ".demo.invalid",
                    null);
            Contract contract = contracten.voegToe(new Contractgegevens(
                    "JR-2025-" + String.format("%03d", volgnummer++),
                    agb,
                    demo.perceel(),
                    Periode.van(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                    "Demo-contract"));
            for (DemoProduct product : producten(demo.perceel())) {
                contracten.voegProductToe(contract.id(), product.code(), product.eenheid());
                Bedrag tarief2025 = new Bedrag(product.eurocent2025());
                contracten.voegTariefToe(
                        contract.id(),
                        product.code(),
                        tarief2025,
                        Periode.van(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
                contracten.voegTariefToe(
                        contract.id(),
                        product.code(),
                        tarief2025.maal(new BigDecimal("1.035")),
                        Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            }
            if (demo.relatie() == Relatie.STRATEGISCH_PARTNER) {
                ontwikkelafspraken(contract.id(), vandaag);
            }
            plafond(agb, jaar, demo.relatie(), volgnummer);
        }
        wachttijdenVanDemoAanbieder(vandaag);
        log.info("Demomodus: inkoopgegevens aangemaakt ({} aanbieders, fictieve AGB-codes).", AANBIEDERS.size());
    }

    private void plafond(AgbCode agb, int jaar, Relatie relatie, int volgnummer) {
        if (relatie == Relatie.LANDELIJK) {
            return;
        }
        long plafondEuro = relatie == Relatie.STRATEGISCH_PARTNER ? 4_500_000 : 850_000;
        budget.stelPlafondIn(agb, jaar - 1, Bedrag.euro(plafondEuro), 80);
        budget.stelPlafondIn(agb, jaar, Bedrag.euro(plafondEuro + plafondEuro / 20), 80);
        budget.registreerVerplichting(
                agb, jaar - 1, "DEMO", "verplichtingen-" + agb + "-" + (jaar - 1), Bedrag.euro(plafondEuro * 97 / 100));
        // a spread of commitments: most within the ceiling, one approaching it, one over it
        long procent = List.of(35L, 62L, 86L, 48L, 104L, 55L, 41L, 70L).get(volgnummer % 8);
        budget.registreerVerplichting(
                agb,
                jaar,
                "DEMO",
                "verplichtingen-" + agb + "-" + jaar,
                Bedrag.euro((plafondEuro + plafondEuro / 20) * procent / 100));
    }

    private void ontwikkelafspraken(long contractId, LocalDate vandaag) {
        LocalDate streef = LocalDate.of(2026, 12, 31);
        Ontwikkelafspraak thuis = ontwikkelopgaven.voegAfspraakToe(
                contractId,
                Ontwikkelopgave.ZO_THUIS_MOGELIJK,
                "Aandeel verblijf in een gezinsvorm (pleegzorg, gezinshuis) van alle verblijf",
                new BigDecimal("52"),
                new BigDecimal("65"),
                "%",
                streef);
        Ontwikkelafspraak ervaring = ontwikkelopgaven.voegAfspraakToe(
                contractId,
                Ontwikkelopgave.ERVARINGSDESKUNDIGHEID,
                "Ervaringsdeskundigen in dienst",
                new BigDecimal("2"),
                new BigDecimal("6"),
                "fte",
                streef);
        ontwikkelopgaven.voegAfspraakToe(
                contractId,
                Ontwikkelopgave.ONDERWIJS_EN_JEUGD,
                "Scholen met een vaste jeugdhulpverlener op school",
                new BigDecimal("8"),
                new BigDecimal("20"),
                "scholen",
                streef);
        ontwikkelopgaven.rapporteer(
                contractId, thuis.id(), LocalDate.of(2025, 7, 1), new BigDecimal("55"), "Halfjaarrapportage 2025");
        ontwikkelopgaven.rapporteer(
                contractId, thuis.id(), vandaag.withDayOfMonth(1), new BigDecimal("58.5"), "Jaarrapportage 2025");
        ontwikkelopgaven.rapporteer(
                contractId, ervaring.id(), vandaag.withDayOfMonth(1), new BigDecimal("3.5"), "Twee nieuwe collega's");
    }

    private void wachttijdenVanDemoAanbieder(LocalDate vandaag) {
        AgbCode demo = new AgbCode(Demomodus.DEMO_AANBIEDER_AGB);
        String locatie = "Hoofdlocatie Enschede";
        String spoed = "Intake binnen 2 weken bij spoed via het regionaal expertteam";
        int[][] trend = {{14, 4}, {12, 4}, {11, 3}, {9, 3}};
        for (int i = 0; i < trend.length; i++) {
            LocalDate bevestigd = vandaag.minusDays(90L - 29L * i);
            wachttijd(demo, "45A53", locatie, trend[i][0], trend[i][1], 2, spoed, bevestigd, Wachttijdbron.AANBIEDER);
        }
        wachttijd(demo, "45A06", locatie, 16, 2, 0, null, vandaag.minusDays(45), Wachttijdbron.AANBIEDER);
        wachttijd(demo, "41A04", locatie, 6, 1, 3, null, vandaag.minusDays(5), Wachttijdbron.AANBIEDER);
        wachttijden.registreer(
                new Wachttijdgegevens(
                        new AgbCode("99000003"),
                        "43A10",
                        null,
                        "Twente",
                        BigDecimal.valueOf(20),
                        BigDecimal.valueOf(6),
                        0,
                        true,
                        "Aanmeldstop gezinshuizen tot nader bericht",
                        null,
                        vandaag.minusDays(12)),
                Wachttijdbron.REGIO);
    }

    private void wachttijd(
            AgbCode agb,
            String product,
            String locatie,
            int wekenTotIntake,
            int wekenTotStart,
            int vrijePlaatsen,
            String toelichting,
            LocalDate bevestigdOp,
            Wachttijdbron bron) {
        wachttijden.registreer(
                new Wachttijdgegevens(
                        agb,
                        product,
                        null,
                        locatie,
                        BigDecimal.valueOf(wekenTotIntake),
                        BigDecimal.valueOf(wekenTotStart),
                        vrijePlaatsen,
                        false,
                        toelichting,
                        null,
                        bevestigdOp),
                bron);
    }
}
