package nl.jeugdregie.toegang.beschikking;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.toegang.beschikking.Beschikkingtekst.Geadresseerde;
import nl.jeugdregie.toegang.beschikking.Beschikkingtekst.Onderdeel;
import nl.jeugdregie.toegang.beschikking.Beschikkingtekst.Ondertekening;
import nl.jeugdregie.toegang.beschikking.Beschikkingtekst.Personalia;

/** Beschikkingen to render in tests: a toekenning for a 13-year-old with two gezagdragers, and an afwijzing. */
final class Beschikkingteksten {

    static final LocalDate DAGTEKENING = LocalDate.of(2026, 12, 3);

    private Beschikkingteksten() {}

    static Beschikkingtekst eenToekenning() {
        return new Beschikkingtekst(
                "Utrecht",
                List.of("Postbus 16200", "3500 CE Utrecht"),
                "JH-2026-004711",
                DAGTEKENING,
                List.of(
                        new Geadresseerde(
                                "Anna de Vries", List.of("Oudegracht 12", "3511 AR Utrecht"), "ouder met gezag"),
                        new Geadresseerde(
                                "Pieter de Vries", List.of("Biltstraat 101", "3572 AN Utrecht"), "ouder met gezag"),
                        new Geadresseerde("Sem de Vries", List.of("Oudegracht 12", "3511 AR Utrecht"), "jeugdige")),
                new Personalia("Sem de Vries", LocalDate.of(2013, 5, 14)),
                LocalDate.of(2026, 11, 2),
                Besluitsoort.TOEGEKEND,
                List.of(
                        new Onderdeel(
                                "45A53",
                                "Ambulante jeugdhulp individueel",
                                "4 uur per week",
                                "1 januari 2027 tot en met 30 juni 2027",
                                "Stichting Kompas Jeugdhulp",
                                "98765432"),
                        new Onderdeel(
                                "41A22",
                                "Dagbehandeling jeugd",
                                "2 dagdelen per week",
                                "1 januari 2027 tot en met 31 maart 2027",
                                "Zorggroep De Brug",
                                "12345678")),
                """
                Sem heeft moeite om naar school te gaan en trekt zich thuis terug.
                In het gesprek op 12 november 2026 hebben wij met u en Sem besproken wat nodig is.

                Wij vinden dat individuele begeleiding en dagbehandeling samen Sem het beste helpen.""",
                new Ondertekening("M. Jansen", "teamleider Jeugd"));
    }

    static Beschikkingtekst eenAfwijzing() {
        return zoals(eenToekenning())
                .kenmerk("JH-2026-004712")
                .geadresseerden(eenToekenning().geadresseerden().subList(0, 1))
                .jeugdige(new Personalia("Lotte Bakker", LocalDate.of(2019, 2, 1)))
                .besluit(Besluitsoort.AFGEWEZEN, List.of())
                .motivering("De gevraagde hulp valt onder de Wet langdurige zorg en niet onder de Jeugdwet.")
                .maak();
    }

    /** A copy of the text to change a few parts of; {@link Wijziging#maak()} validates as the record does. */
    static Wijziging zoals(Beschikkingtekst tekst) {
        return new Wijziging(tekst);
    }

    static final class Wijziging {
        private final Beschikkingtekst basis;
        private String kenmerk;
        private List<Geadresseerde> geadresseerden;
        private Personalia jeugdige;
        private Besluitsoort besluit;
        private List<Onderdeel> onderdelen;
        private String motivering;

        private Wijziging(Beschikkingtekst basis) {
            this.basis = basis;
            this.kenmerk = basis.kenmerk();
            this.geadresseerden = basis.geadresseerden();
            this.jeugdige = basis.jeugdige();
            this.besluit = basis.besluit();
            this.onderdelen = basis.onderdelen();
            this.motivering = basis.motivering();
        }

        Wijziging kenmerk(String kenmerk) {
            this.kenmerk = kenmerk;
            return this;
        }

        Wijziging geadresseerden(List<Geadresseerde> geadresseerden) {
            this.geadresseerden = geadresseerden;
            return this;
        }

        Wijziging jeugdige(Personalia jeugdige) {
            this.jeugdige = jeugdige;
            return this;
        }

        Wijziging besluit(Besluitsoort besluit, List<Onderdeel> onderdelen) {
            this.besluit = besluit;
            this.onderdelen = onderdelen;
            return this;
        }

        Wijziging motivering(String motivering) {
            this.motivering = motivering;
            return this;
        }

        Beschikkingtekst maak() {
            return new Beschikkingtekst(
                    basis.gemeentenaam(),
                    basis.afzenderadres(),
                    kenmerk,
                    basis.dagtekening(),
                    geadresseerden,
                    jeugdige,
                    basis.aanvraagdatum(),
                    besluit,
                    onderdelen,
                    motivering,
                    basis.ondertekening());
        }
    }
}
