package nl.jeugdregie.toegang;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Tekst;

/**
 * The shared triage of a hulpvraag: every life domain on the {@link Ernst} scale with the family's strengths next to
 * the concerns, the safety check, the urgency, and who took part with what each said; the jeugdige's own wish in their
 * own words.
 */
public record Triage(
        Map<Levensdomein, Domeinbeoordeling> domeinen,
        Veiligheid veiligheid,
        Urgentie urgentie,
        List<Deelnemer> deelnemers,
        String wensJeugdige) {

    /** One life domain: how serious, what goes well (krachten) and what worries (zorgen). */
    public record Domeinbeoordeling(Ernst ernst, String krachten, String zorgen) {
        public Domeinbeoordeling {
            if (ernst == null) {
                throw new OngeldigeWaarde("Geef elk levensdomein een score van 0 tot en met 4.");
            }
            krachten = tekst(krachten, "krachten");
            zorgen = tekst(zorgen, "zorgen");
        }
    }

    /**
     * The safety check. {@code meldcodeDoorlopen}: the steps of the meldcode huiselijk geweld en kindermishandeling were
     * followed; {@code veiligThuisBetrokken}: Veilig Thuis was consulted or a melding was made; {@code thuisVeilig}:
     * the jeugdige can stay at home safely.
     */
    public record Veiligheid(
            boolean zorgenOverVeiligheid,
            boolean meldcodeDoorlopen,
            boolean veiligThuisBetrokken,
            boolean thuisVeilig) {
        public Veiligheid {
            if (zorgenOverVeiligheid && !meldcodeDoorlopen) {
                throw new OngeldigeWaarde(
                        "Bij zorgen over de veiligheid worden de stappen van de meldcode doorlopen; leg dat vast.");
            }
            if (!thuisVeilig && !zorgenOverVeiligheid) {
                throw new OngeldigeWaarde("Thuis is niet veilig maar er zijn geen zorgen over veiligheid vastgelegd.");
            }
        }
    }

    /** Who took part in the triage and what they said. */
    public record Deelnemer(Deelnemersrol rol, String naam, String inbreng) {
        public Deelnemer {
            if (rol == null) {
                throw new OngeldigeWaarde("Kies de rol van elke deelnemer.");
            }
            naam = tekst(naam, "naam");
            inbreng = tekst(inbreng, "inbreng");
        }
    }

    public Triage {
        if (domeinen == null || domeinen.size() != Levensdomein.values().length) {
            throw new OngeldigeWaarde("Beoordeel alle levensdomeinen: opvoeding, ontwikkeling, gezondheid, school,"
                    + " veiligheid, netwerk, financiën en wonen.");
        }
        domeinen = Map.copyOf(new EnumMap<>(domeinen));
        if (veiligheid == null || urgentie == null) {
            throw new OngeldigeWaarde("Vul de veiligheidscheck en de urgentie in.");
        }
        deelnemers = deelnemers == null ? List.of() : List.copyOf(deelnemers);
        if (deelnemers.isEmpty()) {
            throw new OngeldigeWaarde(
                    "Leg vast wie aan de triage deelnam (jeugdige, ouders, verwijzer, school," + " professional).");
        }
        wensJeugdige = tekst(wensJeugdige, "wens van de jeugdige");
    }

    public Ernst ernst(Levensdomein domein) {
        return domeinen.get(domein).ernst();
    }

    public long aantalMet(Ernst minstens) {
        return domeinen.values().stream()
                .filter(d -> d.ernst().compareTo(minstens) >= 0)
                .count();
    }

    public boolean jeugdigeDeedMee() {
        return deelnemers.stream().anyMatch(d -> d.rol() == Deelnemersrol.JEUGDIGE);
    }

    private static String tekst(String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String schoon = tekst.strip();
        if (schoon.length() > 4000 || Tekst.heeftStuurteken(schoon)) {
            throw new OngeldigeWaarde("Het veld " + veld + " is hoogstens 4000 tekens, zonder stuurtekens.");
        }
        return schoon;
    }
}
