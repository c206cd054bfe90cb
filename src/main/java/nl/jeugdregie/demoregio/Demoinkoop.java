package nl.jeugdregie.demoregio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.AanbiederStatus;
import nl.jeugdregie.inkoop.Aanbiedergegevens;
import nl.jeugdregie.inkoop.Contract;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Contractgegevens;
import nl.jeugdregie.inkoop.GeldendTarief;
import nl.jeugdregie.inkoop.Relatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import org.springframework.stereotype.Component;

/**
 * What the history needs of inkoop beyond the demo contracts of 2025 and 2026: the two gecertificeerde instellingen
 * (fictitious AGB codes) with jeugdbescherming and jeugdreclassering, and a contract per year for every year of the
 * history (and the next) that has none, at the 2025 tarief indexed by 3.5 % a year, as the demo contracts are.
 */
@Component
class Demoinkoop {

    static final BigDecimal INDEXATIE = new BigDecimal("1.035");

    /** Tariffs 2025 of the products of the gecertificeerde instellingen, in eurocent per eenheid. */
    private static final Map<String, Long> GI_TARIEVEN = Map.of("48A04", 11_000L, "48A06", 10_500L, "47A08", 59_000L);

    private final AanbiederService aanbieders;
    private final ContractService contracten;

    Demoinkoop(AanbiederService aanbieders, ContractService contracten) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
    }

    void bereidVoor(Demoregio.Instellingen instellingen) {
        voegGiToe(Demoregio.GI_OVERIJSSEL, "Jeugdbescherming Overijssel", "Zwolle");
        voegGiToe(Demoregio.GI_LANDELIJK, "William Schrikker Stichting", "Amsterdam");
        Map<String, Set<String>> perAanbieder = new LinkedHashMap<>();
        for (Demoregioplan.Aanbod aanbod : Demoregioplan.alleAanbod()) {
            for (String agb : aanbod.aanbieders()) {
                perAanbieder.computeIfAbsent(agb, a -> new TreeSet<>()).add(aanbod.code());
            }
        }
        int eerste = instellingen.plan().aanloop().getYear();
        int laatste = instellingen.vandaag().getYear() + 1;
        for (Map.Entry<String, Set<String>> e : perAanbieder.entrySet()) {
            AgbCode agb = new AgbCode(e.getKey());
            for (int jaar = eerste; jaar <= laatste; jaar++) {
                LocalDate midden = LocalDate.of(jaar, 7, 1);
                List<String> zonder = e.getValue().stream()
                        .filter(p -> contracten.tarievenOp(agb, p, midden).isEmpty())
                        .toList();
                if (!zonder.isEmpty()) {
                    contract(agb, jaar, zonder);
                }
            }
        }
    }

    private void voegGiToe(String code, String naam, String plaats) {
        AgbCode agb = new AgbCode(code);
        if (aanbieders.aanbieder(agb).isPresent()) {
            return;
        }
        aanbieders.voegToe(new Aanbiedergegevens(
                agb, "99" + code.substring(2), naam, Relatie.REGULIER, AanbiederStatus.ACTIEF, null, List.of()));
        aanbieders.voegLocatieToe(agb, "Hoofdlocatie " + plaats, null, null, plaats);
    }

    private void contract(AgbCode agb, int jaar, List<String> producten) {
        Contract contract = contracten.voegToe(new Contractgegevens(
                "DR-" + jaar + "-" + agb.value(),
                agb,
                agb.value().equals(Demoregio.GI_OVERIJSSEL) || agb.value().equals(Demoregio.GI_LANDELIJK)
                        ? "Perceel 4 Jeugdbescherming en jeugdreclassering"
                        : "Demoregio: contract " + jaar,
                Periode.van(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31)),
                "Demoregio: contract voor de geschiedenis van de demoregio"));
        for (String product : producten) {
            long tarief2025 = tarief2025(agb, product);
            BigDecimal factor = INDEXATIE.pow(Math.abs(jaar - 2025));
            BigDecimal basis = BigDecimal.valueOf(tarief2025(agb, product));
            Bedrag tarief =
                    new Bedrag((jaar >= 2025 ? basis.multiply(factor) : basis.divide(factor, 10, RoundingMode.HALF_UP))
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValueExact());
            nl.jeugdregie.kern.codelijst.Eenheid eenheid =
                    Demoregioplan.aanbod(product).eenheid();
            contracten.voegProductToe(contract.id(), product, eenheid);
            contracten.voegTariefToe(
                    contract.id(), product, tarief, Periode.van(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31)));
        }
    }

    /** The tarief of 2025 of the aanbieder's demo contract, or the region's tarief for the gecertificeerde instellingen. */
    private long tarief2025(AgbCode agb, String product) {
        return contracten.tarievenOp(agb, product, LocalDate.of(2025, 7, 1)).stream()
                .findFirst()
                .map(GeldendTarief::bedrag)
                .map(Bedrag::eurocent)
                .orElseGet(() -> GI_TARIEVEN.getOrDefault(product, 10_000L));
    }
}
