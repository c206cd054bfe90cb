package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;

/**
 * Projects a {@link Grondslag} over the five years after its base year, without and with the levers of a scenario.
 *
 * <p>Per jeugdzorgvorm, year {@code t} (1..5) of the baseline costs the prognose of the base year times
 * {@code (1 + autonome groei)^t} times {@code (1 + verwachte indexatie)^t}. The scenario replaces the expected
 * indexation by the one granted, then applies the levers in this order, each on what the one before left:
 *
 * <ol>
 *   <li>minder instroom: the cost falls by the share times the phase-in;
 *   <li>kortere duur: likewise;
 *   <li>verschuiving: of overig residentieel verblijf the shares times its phase-in move to pleegzorg and gezinshuis,
 *       each jeugdige costing there what a jeugdige cost in that form in the region (cost per jeugdige of the target
 *       form over that of verblijf);
 *   <li>aanbieders per product: the cost falls by the form's saving with at most N aanbieders per product, times the
 *       phase-in;
 *   <li>the extra cost of the lokaal team is added as given, each year.
 * </ol>
 *
 * <p>A measure reaches new trajecten; those already running end as planned. The phase-in of a form in year
 * {@code t} is the share of its care that started after the measures did: {@code min(1, (12(t-1) + 6) / duur)} with
 * the average duration of the form in months (the middle of year {@code t} lies {@code 12(t-1) + 6} months after the
 * start). Every step of every form is rounded to whole cents, and each lever's contribution is the difference of two
 * rounded totals, so the contributions add up to the saving exactly and every total is the sum of its forms.
 */
public final class Scenarioprojectie {

    private static final MathContext REKEN = MathContext.DECIMAL64;
    private static final BigDecimal HONDERD_PROCENT = BigDecimal.valueOf(10_000);
    private static final String VERBLIJF = Jeugdzorgvorm.OVERIG_VERBLIJF.code();
    private static final String PLEEGZORG = Jeugdzorgvorm.PLEEGZORG.code();
    private static final String GEZINSHUIS = Jeugdzorgvorm.GEZINSGERICHT.code();

    private Scenarioprojectie() {}

    /**
     * @param opgave the savings task of each of the five years
     * @throws IllegalArgumentException when a shift of verblijf is asked without the costs per jeugdige it needs
     *     ({@link #ontbrekendeKosten})
     */
    public static Projectie bereken(Grondslag grondslag, Hefbomen hefbomen, List<Bedrag> opgave) {
        List<String> ontbrekend = ontbrekendeKosten(grondslag, hefbomen);
        if (!ontbrekend.isEmpty()) {
            throw new IllegalArgumentException("Geen kosten per jeugdige voor " + ontbrekend);
        }
        BigDecimal groei = factor(hefbomen.waarde(Hefboom.AUTONOME_GROEI));
        BigDecimal verwacht = factor(hefbomen.waarde(Hefboom.VERWACHTE_INDEXATIE));
        BigDecimal index = factor(hefbomen.waarde(Hefboom.INDEXATIE));
        BigDecimal instroom = aandeel(hefbomen.waarde(Hefboom.MINDER_INSTROOM));
        BigDecimal duur = aandeel(hefbomen.waarde(Hefboom.KORTERE_DUUR));
        BigDecimal naarPleegzorg = aandeel(hefbomen.waarde(Hefboom.NAAR_PLEEGZORG));
        BigDecimal naarGezinshuis = aandeel(hefbomen.waarde(Hefboom.NAAR_GEZINSHUIS));
        int aanbieders = hefbomen.waarde(Hefboom.MAX_AANBIEDERS);

        List<Projectie.Jaar> jaren = new ArrayList<>();
        for (int t = 1; t <= Scenarioinvoer.JAREN; t++) {
            BigDecimal volume = groei.pow(t, REKEN);
            Map<String, Bedrag> basis = new LinkedHashMap<>();
            Map<String, BigDecimal> na1 = new LinkedHashMap<>();
            Map<String, BigDecimal> na2 = new LinkedHashMap<>();
            Map<String, BigDecimal> na3 = new LinkedHashMap<>();
            Map<String, BigDecimal> inloop = new LinkedHashMap<>();
            for (Grondslag.Vorm v : grondslag.vormen()) {
                BigDecimal k0 = BigDecimal.valueOf(v.basis().eurocent());
                BigDecimal r = inloop(v.duurMaanden(), t);
                inloop.put(v.jeugdzorgvorm(), r);
                basis.put(v.jeugdzorgvorm(), centen(k0.multiply(volume).multiply(verwacht.pow(t, REKEN), REKEN)));
                BigDecimal s1 = k0.multiply(volume).multiply(index.pow(t, REKEN), REKEN);
                BigDecimal s2 = s1.multiply(BigDecimal.ONE.subtract(instroom.multiply(r)), REKEN);
                BigDecimal s3 = s2.multiply(BigDecimal.ONE.subtract(duur.multiply(r)), REKEN);
                na1.put(v.jeugdzorgvorm(), s1);
                na2.put(v.jeugdzorgvorm(), s2);
                na3.put(v.jeugdzorgvorm(), s3);
            }
            Map<String, BigDecimal> na4 = new LinkedHashMap<>(na3);
            if (na3.containsKey(VERBLIJF)) {
                BigDecimal r = inloop.get(VERBLIJF);
                BigDecimal verblijf = na3.get(VERBLIJF);
                BigDecimal naarP = verblijf.multiply(naarPleegzorg).multiply(r, REKEN);
                BigDecimal naarG = verblijf.multiply(naarGezinshuis).multiply(r, REKEN);
                na4.put(VERBLIJF, verblijf.subtract(naarP).subtract(naarG));
                na4.merge(PLEEGZORG, naarP.multiply(verhouding(grondslag, PLEEGZORG), REKEN), BigDecimal::add);
                na4.merge(GEZINSHUIS, naarG.multiply(verhouding(grondslag, GEZINSHUIS), REKEN), BigDecimal::add);
            }
            Map<String, BigDecimal> na5 = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal> e : na4.entrySet()) {
                BigDecimal besparing = grondslag
                        .vorm(e.getKey())
                        .map(v -> v.besparing(aanbieders).multiply(inloop.get(e.getKey())))
                        .orElse(BigDecimal.ZERO);
                na5.put(e.getKey(), e.getValue().multiply(BigDecimal.ONE.subtract(besparing), REKEN));
            }

            Bedrag totaalBasis = Bedrag.som(basis.values());
            Bedrag totaal1 = som(na1);
            Bedrag totaal2 = som(na2);
            Bedrag totaal3 = som(na3);
            Bedrag totaal4 = som(na4);
            Bedrag totaal5 = som(na5);
            Bedrag scenario = totaal5.plus(hefbomen.investering());
            Map<Projectie.Bijdrage, Bedrag> bijdragen = new EnumMap<>(Projectie.Bijdrage.class);
            bijdragen.put(Projectie.Bijdrage.INDEXATIE, totaalBasis.min(totaal1));
            bijdragen.put(Projectie.Bijdrage.MINDER_INSTROOM, totaal1.min(totaal2));
            bijdragen.put(Projectie.Bijdrage.KORTERE_DUUR, totaal2.min(totaal3));
            bijdragen.put(Projectie.Bijdrage.VERSCHUIVING, totaal3.min(totaal4));
            bijdragen.put(Projectie.Bijdrage.AANBIEDERS, totaal4.min(totaal5));
            bijdragen.put(Projectie.Bijdrage.INVESTERING, hefbomen.investering().negatief());

            List<Projectie.Vormjaar> vormen = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : na5.entrySet()) {
                vormen.add(new Projectie.Vormjaar(
                        e.getKey(),
                        FinancienService.naam(e.getKey()),
                        basis.getOrDefault(e.getKey(), Bedrag.NUL),
                        centen(e.getValue())));
            }
            jaren.add(new Projectie.Jaar(
                    grondslag.basisjaar() + t, opgave.get(t - 1), totaalBasis, scenario, bijdragen, vormen));
        }
        return new Projectie(jaren);
    }

    /**
     * The forms whose cost per jeugdige a shift of verblijf needs but the grondslag lacks, by name; empty when the
     * scenario shifts nothing or the gemeente has no verblijf to shift.
     */
    public static List<String> ontbrekendeKosten(Grondslag grondslag, Hefbomen hefbomen) {
        boolean verschuift =
                hefbomen.waarde(Hefboom.NAAR_PLEEGZORG) > 0 || hefbomen.waarde(Hefboom.NAAR_GEZINSHUIS) > 0;
        boolean heeftVerblijf =
                grondslag.vorm(VERBLIJF).map(v -> !v.basis().isNul()).orElse(false);
        if (!verschuift || !heeftVerblijf) {
            return List.of();
        }
        List<String> ontbrekend = new ArrayList<>();
        List<String> nodig = new ArrayList<>(List.of(VERBLIJF));
        if (hefbomen.waarde(Hefboom.NAAR_PLEEGZORG) > 0) {
            nodig.add(PLEEGZORG);
        }
        if (hefbomen.waarde(Hefboom.NAAR_GEZINSHUIS) > 0) {
            nodig.add(GEZINSHUIS);
        }
        for (String vorm : nodig) {
            if (grondslag.vorm(vorm).flatMap(Grondslag.Vorm::kostenPerJeugdige).isEmpty()) {
                ontbrekend.add(FinancienService.naam(vorm));
            }
        }
        return ontbrekend;
    }

    /** The phase-in in year {@code t}: the share of care that started after the measures did. */
    static BigDecimal inloop(BigDecimal duurMaanden, int t) {
        BigDecimal verstreken = BigDecimal.valueOf(12L * (t - 1) + 6);
        return verstreken.divide(duurMaanden, REKEN).min(BigDecimal.ONE);
    }

    /** What a jeugdige costs in {@code vorm} for each euro of a jeugdige in verblijf. */
    private static BigDecimal verhouding(Grondslag grondslag, String vorm) {
        long doel = grondslag
                .vorm(vorm)
                .flatMap(Grondslag.Vorm::kostenPerJeugdige)
                .map(Bedrag::eurocent)
                .orElse(0L);
        long verblijf = grondslag
                .vorm(VERBLIJF)
                .flatMap(Grondslag.Vorm::kostenPerJeugdige)
                .map(Bedrag::eurocent)
                .orElse(0L);
        return verblijf == 0 ? BigDecimal.ONE : BigDecimal.valueOf(doel).divide(BigDecimal.valueOf(verblijf), REKEN);
    }

    private static BigDecimal factor(int honderdsten) {
        return BigDecimal.ONE.add(aandeel(honderdsten));
    }

    private static BigDecimal aandeel(int honderdsten) {
        return BigDecimal.valueOf(honderdsten).divide(HONDERD_PROCENT, REKEN);
    }

    private static Bedrag som(Map<String, BigDecimal> perVorm) {
        return Bedrag.som(
                perVorm.values().stream().map(Scenarioprojectie::centen).toList());
    }

    private static Bedrag centen(BigDecimal eurocent) {
        return new Bedrag(eurocent.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
