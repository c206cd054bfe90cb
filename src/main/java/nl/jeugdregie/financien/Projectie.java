package nl.jeugdregie.financien;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;

/**
 * The five years of a scenario: per year the cost without measures (basis), the cost with them (scenario), what each
 * lever contributed to the difference, and the savings task. The contributions add up to the saving exactly.
 */
public record Projectie(List<Jaar> jaren) {

    /** What changes the cost, in the order in which the levers are applied (each on what the one before left). */
    public enum Bijdrage {
        INDEXATIE("Tariefindexatie"),
        MINDER_INSTROOM("Minder instroom"),
        KORTERE_DUUR("Kortere duur"),
        VERSCHUIVING("Verblijf naar pleegzorg en gezinshuis"),
        AANBIEDERS("Minder aanbieders per product"),
        INVESTERING("Extra inzet lokaal team");

        private final String naam;

        Bijdrage(String naam) {
            this.naam = naam;
        }

        public String naam() {
            return naam;
        }
    }

    /** One jeugdzorgvorm in one year, without and with the measures. */
    public record Vormjaar(String jeugdzorgvorm, String naam, Bedrag basis, Bedrag scenario) {}

    /**
     * One year.
     *
     * @param bijdragen per lever what it saved (negative: what it cost)
     */
    public record Jaar(
            int jaar,
            Bedrag opgave,
            Bedrag basis,
            Bedrag scenario,
            Map<Bijdrage, Bedrag> bijdragen,
            List<Vormjaar> vormen) {

        public Jaar {
            bijdragen = Map.copyOf(bijdragen);
            vormen = List.copyOf(vormen);
        }

        public Bedrag besparing() {
            return basis.min(scenario);
        }

        public boolean gehaald() {
            return !besparing().isKleinerDan(opgave);
        }

        /** How much the saving falls short of the task; zero when reached. */
        public Bedrag tekort() {
            return gehaald() ? Bedrag.NUL : opgave.min(besparing());
        }

        public Bedrag bijdrage(Bijdrage bijdrage) {
            return bijdragen.getOrDefault(bijdrage, Bedrag.NUL);
        }
    }

    public Projectie {
        jaren = List.copyOf(jaren);
    }

    /** Whether the saving reaches the task in every year. */
    public boolean gehaald() {
        return jaren.stream().allMatch(Jaar::gehaald);
    }

    /** The first year from which the task is reached every year after, if any. */
    public Optional<Integer> gehaaldVanaf() {
        Integer vanaf = null;
        for (Jaar j : jaren) {
            if (!j.gehaald()) {
                vanaf = null;
            } else if (vanaf == null) {
                vanaf = j.jaar();
            }
        }
        return Optional.ofNullable(vanaf);
    }

    public Jaar laatste() {
        return jaren.get(jaren.size() - 1);
    }
}
