package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.regio.RegioService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenario's of a gemeente: what its levers do over the five years after this year, against its savings task. The
 * grondslag is taken from the figures the platform holds on the day (the prognose of this year per jeugdzorgvorm, the
 * duration of ended care, the region's cost per jeugdige, the contract tariffs) and kept with the scenario.
 * Everyone who sees a gemeente's money may make and compare its scenario's; who made one, BACKOFFICE and BEHEERDER may
 * delete it.
 */
@Service
public class ScenarioService {

    /** The years of ended care behind the average duration. */
    static final int DUUR_JAREN = 3;

    /** The fewest ended trajecten of the gemeente itself for its own average duration; else the region's. */
    static final int MINIMUM_BEEINDIGD = 5;

    /** The duration assumed for a form without any ended care in the region. */
    static final BigDecimal AANGENOMEN_DUUR = BigDecimal.valueOf(12);

    /** The national savings booked from 2026 on, in billions of euros (regio.v_kerncijfers). */
    static final String LANDELIJKE_OPGAVE = "ingeboekte_bezuiniging_vanaf_2026";

    private static final MathContext REKEN = MathContext.DECIMAL64;
    private static final BigDecimal MILJARD_IN_CENT = new BigDecimal("100000000000");
    private static final Set<String> VERSCHUIVINGSVORMEN = Set.of(
            Jeugdzorgvorm.OVERIG_VERBLIJF.code(), Jeugdzorgvorm.PLEEGZORG.code(), Jeugdzorgvorm.GEZINSGERICHT.code());

    private final ScenarioRepository repository;
    private final KostenRepository kosten;
    private final FinancienService financien;
    private final Financienrechten rechten;
    private final RegioService regio;
    private final Clock clock;

    ScenarioService(
            ScenarioRepository repository,
            KostenRepository kosten,
            FinancienService financien,
            Financienrechten rechten,
            RegioService regio,
            Clock clock) {
        this.repository = repository;
        this.kosten = kosten;
        this.financien = financien;
        this.rechten = rechten;
        this.regio = regio;
        this.clock = clock;
    }

    /** The gemeenten the user may make scenario's for, by code. */
    public List<GemeenteCode> zichtbareGemeenten() {
        return rechten.zichtbareGemeenten();
    }

    /** Computes a scenario without saving it (id 0). */
    @Transactional(readOnly = true)
    public Scenario doorrekenen(GemeenteCode gemeente, Scenarioinvoer.Keuze keuze) {
        String door = rechten.vereisScenario(gemeente);
        Grondslag grondslag = grondslag(gemeente);
        controleer(grondslag, keuze);
        return new Scenario(
                0,
                gemeente,
                keuze.naam(),
                keuze.toelichting(),
                grondslag,
                keuze.hefbomen(),
                keuze.opgave(),
                door,
                Instant.now(clock));
    }

    /** Saves a scenario under a name new for the gemeente; nothing is stored on any problem. */
    @Transactional
    public Scenario maak(GemeenteCode gemeente, Scenarioinvoer.Keuze keuze) {
        Scenario berekend = doorrekenen(gemeente, keuze);
        if (repository.bestaat(gemeente, keuze.naam())) {
            throw new OngeldigeInvoer(
                    "naam",
                    "Er is al een scenario '" + keuze.naam() + "' voor " + gemeentenaam(gemeente)
                            + "; kies een andere naam");
        }
        long id = repository.opslaan(gemeente, keuze, berekend.grondslag(), berekend.door(), berekend.op());
        return repository.vind(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Scenario scenario(long id) {
        Scenario s = repository.vind(id).orElseThrow(() -> new NietGevonden("Scenario " + id + " bestaat niet"));
        rechten.vereisLezen(s.gemeente());
        return s;
    }

    /** The saved scenario's of the gemeente, newest first. */
    @Transactional(readOnly = true)
    public List<Scenario> scenarios(GemeenteCode gemeente) {
        rechten.vereisLezen(gemeente);
        return repository.van(List.of(gemeente));
    }

    @Transactional
    public void verwijder(long id) {
        Scenario s = scenario(id);
        rechten.vereisScenarioVerwijderen(s.door());
        repository.verwijder(id);
    }

    public boolean magVerwijderen(Scenario scenario) {
        return rechten.magScenarioVerwijderen(scenario.door());
    }

    /**
     * A proposal for the savings task of each year: the national savings booked from 2026 on, shared by the
     * gemeente's part of the inhabitants of the Netherlands; empty when a figure is missing.
     */
    @Transactional(readOnly = true)
    public Optional<Bedrag> landelijkAandeel(GemeenteCode gemeente) {
        rechten.vereisLezen(gemeente);
        LocalDate vandaag = LocalDate.now(clock);
        Optional<KostenRepository.Kerncijfer> opgave = kosten.landelijk(LANDELIJKE_OPGAVE, vandaag.getYear() + 1);
        Map<String, Long> inwoners = new HashMap<>();
        for (KostenRepository.Inwoners i : kosten.inwoners(List.of(gemeente), vandaag)) {
            inwoners.put(i.gemeente().strip(), i.inwoners());
        }
        Long eigen = inwoners.get(gemeente.value());
        Long land = inwoners.get("NL");
        if (opgave.isEmpty() || eigen == null || land == null || land == 0) {
            return Optional.empty();
        }
        BigDecimal cent = opgave.get().waarde().multiply(MILJARD_IN_CENT);
        return Optional.of(new Bedrag(cent.multiply(BigDecimal.valueOf(eigen))
                .divide(BigDecimal.valueOf(land), 0, RoundingMode.HALF_UP)
                .longValueExact()));
    }

    /** The figures a scenario of the gemeente made today starts from. */
    @Transactional(readOnly = true)
    public Grondslag grondslag(GemeenteCode gemeente) {
        rechten.vereisLezen(gemeente);
        LocalDate vandaag = LocalDate.now(clock);
        int basisjaar = vandaag.getYear();
        Financieelbeeld beeld = financien.beeld(gemeente, basisjaar);
        Set<GemeenteCode> regiogemeenten = new HashSet<>(regio.gemeentenVanPlatformregio(vandaag));
        regiogemeenten.add(gemeente);

        Map<String, ScenarioRepository.Duur> eigenDuur = new HashMap<>();
        Map<String, ScenarioRepository.Duur> regioDuur = new HashMap<>();
        for (ScenarioRepository.Duur d :
                repository.duur(gemeente, regiogemeenten, vandaag.minusYears(DUUR_JAREN), vandaag)) {
            (d.eigen() ? eigenDuur : regioDuur).put(d.jeugdzorgvorm(), d);
        }
        Map<String, Optional<Bedrag>> perJeugdige = new HashMap<>();
        for (KostenRepository.Kosten k :
                kosten.kosten(regiogemeenten, LocalDate.of(basisjaar - 1, 1, 1), LocalDate.of(basisjaar - 1, 12, 31))) {
            if (k.gemeente() == null && k.jeugdzorgvorm() != null) {
                perJeugdige.put(
                        k.jeugdzorgvorm(),
                        Kostenvergelijking.onderdrukt(k.jeugdigen())
                                ? Optional.empty()
                                : Kostenvergelijking.gedeeld(new Bedrag(k.eurocent()), k.jeugdigen()));
            }
        }
        Map<String, Map<String, Map<AgbCode, Bedrag>>> perVormProduct = kostenPerAanbieder(beeld);
        Map<String, ScenarioRepository.Tarief> tarieven = new HashMap<>();
        for (ScenarioRepository.Tarief t : repository.tarieven(vandaag)) {
            tarieven.put(sleutel(t.aanbieder(), t.productcode()), t);
        }

        List<Grondslag.Vorm> vormen = new ArrayList<>();
        for (Hulpvormregel r : beeld.hulpvormen()) {
            String vorm = r.jeugdzorgvorm();
            if (r.prognose().isNul() && !VERSCHUIVINGSVORMEN.contains(vorm)) {
                continue;
            }
            ScenarioRepository.Duur eigen = eigenDuur.get(vorm);
            ScenarioRepository.Duur regionaal = regioDuur.get(vorm);
            BigDecimal duur;
            Grondslag.Duurbron bron;
            if (eigen != null
                    && eigen.beeindigd() >= MINIMUM_BEEINDIGD
                    && eigen.maanden().signum() > 0) {
                duur = eigen.maanden();
                bron = Grondslag.Duurbron.GEMEENTE;
            } else if (regionaal != null && regionaal.maanden().signum() > 0) {
                duur = regionaal.maanden();
                bron = Grondslag.Duurbron.REGIO;
            } else {
                duur = AANGENOMEN_DUUR;
                bron = Grondslag.Duurbron.AANNAME;
            }
            vormen.add(new Grondslag.Vorm(
                    vorm,
                    r.prognose(),
                    duur,
                    bron,
                    perJeugdige.getOrDefault(vorm, Optional.empty()),
                    aanbiedersbesparing(perVormProduct.getOrDefault(vorm, Map.of()), tarieven)));
        }
        return new Grondslag(basisjaar, vandaag, vormen);
    }

    private void controleer(Grondslag grondslag, Scenarioinvoer.Keuze keuze) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (grondslag.basis().isNul()) {
            fouten.add(new OngeldigeParameter(
                    "gemeente",
                    "Deze gemeente heeft voor " + grondslag.basisjaar() + " geen realisatie, verplichtingen of"
                            + " verwachte instroom; een scenario rekent vanaf de prognose van dit jaar"));
        }
        List<String> ontbrekend = Scenarioprojectie.ontbrekendeKosten(grondslag, keuze.hefbomen());
        if (!ontbrekend.isEmpty()) {
            Hefboom h = keuze.hefbomen().waarde(Hefboom.NAAR_PLEEGZORG) > 0
                    ? Hefboom.NAAR_PLEEGZORG
                    : Hefboom.NAAR_GEZINSHUIS;
            fouten.add(new OngeldigeParameter(
                    "hefbomen." + h.veld(),
                    h.naam() + ": de regio heeft over " + (grondslag.basisjaar() - 1)
                            + " geen kosten per jeugdige voor " + String.join(" en ", ontbrekend)
                            + " (geen of minder dan " + Kostenvergelijking.MINIMUM_JEUGDIGEN
                            + " jeugdigen), dus wat een verschuiving kost is niet te berekenen"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /** Per jeugdzorgvorm and product the cost at each aanbieder: approved realisatie plus verplichtingen. */
    private static Map<String, Map<String, Map<AgbCode, Bedrag>>> kostenPerAanbieder(Financieelbeeld beeld) {
        Map<String, Map<String, Map<AgbCode, Bedrag>>> kosten = new TreeMap<>();
        for (Realisatie r : beeld.realisatie()) {
            tel(kosten, r.jeugdzorgvorm(), r.productcode(), r.aanbieder(), r.goedgekeurd());
        }
        for (Verplichting v : beeld.verplichtingen()) {
            tel(kosten, v.jeugdzorgvorm(), v.productcode(), v.aanbieder(), v.bedrag());
        }
        return kosten;
    }

    private static void tel(
            Map<String, Map<String, Map<AgbCode, Bedrag>>> kosten,
            String vorm,
            String product,
            AgbCode aanbieder,
            Bedrag bedrag) {
        kosten.computeIfAbsent(vorm, v -> new TreeMap<>())
                .computeIfAbsent(product == null ? "" : product, p -> new LinkedHashMap<>())
                .merge(aanbieder, bedrag, Bedrag::plus);
    }

    /**
     * For N = 1..10 the share of a form's cost saved when each of its products keeps only its N cheapest aanbieders:
     * the care of the others moves to the kept ones at their average tariff (their cost over their volume, volume being
     * cost over tariff). Only aanbieders with a tariff in the product's most used eenheid take part; care without a
     * tariff (budget, aspecifiek) stays where it is and counts in the form's cost.
     */
    static List<BigDecimal> aanbiedersbesparing(
            Map<String, Map<AgbCode, Bedrag>> perProduct, Map<String, ScenarioRepository.Tarief> tarieven) {
        long vormkosten = perProduct.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Bedrag::eurocent)
                .sum();
        List<BigDecimal> besparing = new ArrayList<>();
        for (int n = 1; n <= Grondslag.AANBIEDERGRENZEN; n++) {
            BigDecimal bespaard = BigDecimal.ZERO;
            for (Map.Entry<String, Map<AgbCode, Bedrag>> product : perProduct.entrySet()) {
                bespaard = bespaard.add(bespaard(product.getKey(), product.getValue(), tarieven, n));
            }
            besparing.add(
                    vormkosten <= 0
                            ? BigDecimal.ZERO.setScale(8)
                            : bespaard.divide(BigDecimal.valueOf(vormkosten), 8, RoundingMode.HALF_UP)
                                    .max(BigDecimal.ZERO)
                                    .min(BigDecimal.ONE));
        }
        return besparing;
    }

    private record Deelnemer(AgbCode aanbieder, BigDecimal kosten, BigDecimal tarief) {}

    private static BigDecimal bespaard(
            String product, Map<AgbCode, Bedrag> kosten, Map<String, ScenarioRepository.Tarief> tarieven, int n) {
        Map<String, BigDecimal> perEenheid = new HashMap<>();
        List<ScenarioRepository.Tarief> gevonden = new ArrayList<>();
        for (Map.Entry<AgbCode, Bedrag> e : kosten.entrySet()) {
            ScenarioRepository.Tarief t = tarieven.get(sleutel(e.getKey(), product));
            if (t != null && e.getValue().isPositief()) {
                gevonden.add(t);
                perEenheid.merge(t.eenheid(), BigDecimal.valueOf(e.getValue().eurocent()), BigDecimal::add);
            }
        }
        if (gevonden.size() <= n) {
            return BigDecimal.ZERO;
        }
        String eenheid = perEenheid.entrySet().stream()
                .max(Map.Entry.<String, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        List<Deelnemer> deelnemers = gevonden.stream()
                .filter(t -> t.eenheid().equals(eenheid))
                .map(t -> new Deelnemer(
                        t.aanbieder(),
                        BigDecimal.valueOf(kosten.get(t.aanbieder()).eurocent()),
                        BigDecimal.valueOf(t.eurocent())))
                .sorted(Comparator.comparing(Deelnemer::tarief)
                        .thenComparing(d -> d.aanbieder().value()))
                .toList();
        if (deelnemers.size() <= n) {
            return BigDecimal.ZERO;
        }
        BigDecimal behoudenKosten = BigDecimal.ZERO;
        BigDecimal behoudenVolume = BigDecimal.ZERO;
        for (Deelnemer d : deelnemers.subList(0, n)) {
            behoudenKosten = behoudenKosten.add(d.kosten());
            behoudenVolume = behoudenVolume.add(d.kosten().divide(d.tarief(), REKEN));
        }
        BigDecimal gemiddeld = behoudenKosten.divide(behoudenVolume, REKEN);
        BigDecimal bespaard = BigDecimal.ZERO;
        for (Deelnemer d : deelnemers.subList(n, deelnemers.size())) {
            BigDecimal factor = BigDecimal.ONE.subtract(gemiddeld.divide(d.tarief(), REKEN));
            bespaard = bespaard.add(d.kosten().multiply(factor, REKEN));
        }
        return bespaard;
    }

    private static String sleutel(AgbCode aanbieder, String product) {
        return aanbieder.value() + "/" + product;
    }

    private String gemeentenaam(GemeenteCode gemeente) {
        return regio.gemeente(gemeente).map(g -> g.naam()).orElse(gemeente.value());
    }
}
