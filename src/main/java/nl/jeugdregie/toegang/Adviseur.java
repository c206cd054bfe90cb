package nl.jeugdregie.toegang;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes the lightest step on the ladder that fits a triage, and says why in plain Dutch: which answers led there and
 * which principle applies. Plain rules, so a worker can follow every step; the professional decides.
 *
 * <ol>
 *   <li>A jeugdige who cannot stay home safely needs verblijf; "thuis is de basis", so first a gezinsvorm, residential
 *       care only when an acute concern about health or development comes with it, gesloten only with a machtiging.
 *   <li>Acute concerns, or serious ones in two or more domains, ask for daghulp.
 *   <li>A serious concern in one domain, or moderate concerns in three or more, ask for ambulante hulp.
 *   <li>Moderate concerns in at most two domains: the lokaal team helps itself ("kleine problemen klein").
 *   <li>Only light concerns or none: no help needed; normalise and use the family's own strengths.
 * </ol>
 *
 * A strong network lowers ambulant help to the lokaal team when no domain is serious; a crisis never advises less than
 * ambulant help.
 */
public final class Adviseur {

    private Adviseur() {}

    /** The proposed step and the reasons that led to it. */
    public record Uitkomst(Trede trede, List<String> redenen, String principe) {}

    public static Uitkomst adviseer(Triage triage, boolean machtigingGeslotenJeugdhulp) {
        List<String> redenen = new ArrayList<>();
        Trede trede;
        String principe;
        long ernstig = triage.aantalMet(Ernst.ERNSTIG);
        long matig = triage.aantalMet(Ernst.MATIG);
        boolean acuut = triage.aantalMet(Ernst.ACUUT) > 0;
        if (!triage.veiligheid().thuisVeilig()) {
            redenen.add("De jeugdige kan thuis niet veilig blijven (veiligheidscheck).");
            boolean acuutGezondheid = triage.ernst(Levensdomein.GEZONDHEID) == Ernst.ACUUT
                    || triage.ernst(Levensdomein.ONTWIKKELING) == Ernst.ACUUT;
            if (acuutGezondheid && machtigingGeslotenJeugdhulp) {
                trede = Trede.GESLOTEN;
                redenen.add("Er is een machtiging gesloten jeugdhulp van de kinderrechter en de zorgen over gezondheid"
                        + " of ontwikkeling zijn acuut.");
            } else if (acuutGezondheid) {
                trede = Trede.RESIDENTIEEL;
                redenen.add("De zorgen over gezondheid of ontwikkeling zijn acuut: behandeling met verblijf.");
            } else {
                trede = Trede.GEZINSVORM;
                redenen.add("Zonder acute behandelvraag past verblijf in een gezin (pleegzorg, gezinshuis) het best.");
            }
            principe = "Thuis is de basis: als thuis niet kan, dan zo thuis mogelijk.";
        } else if (acuut || ernstig >= 2) {
            trede = Trede.DAGHULP;
            redenen.add(
                    acuut
                            ? "Er zijn acute zorgen in " + domeinen(triage, Ernst.ACUUT) + "."
                            : "Er zijn ernstige zorgen in " + ernstig + " domeinen: " + domeinen(triage, Ernst.ERNSTIG)
                                    + ".");
            principe = "Grote problemen passende aandacht, en de jeugdige blijft thuis wonen.";
        } else if (ernstig == 1 || matig >= 3) {
            trede = Trede.AMBULANT;
            redenen.add(
                    ernstig == 1
                            ? "Er zijn ernstige zorgen in " + domeinen(triage, Ernst.ERNSTIG) + "."
                            : "Er zijn matige zorgen in " + matig + " domeinen: " + domeinen(triage, Ernst.MATIG)
                                    + ".");
            principe = "Zo licht als kan, zo zwaar als nodig: hulp bij het gezin thuis of dichtbij.";
            if (ernstig == 0 && triage.ernst(Levensdomein.NETWERK) == Ernst.GEEN) {
                trede = Trede.VOORLIGGEND;
                redenen.add("Het netwerk is een kracht (score 0): het lokaal team kan samen met het netwerk helpen.");
                principe = "Kleine problemen klein: eerst de eigen kracht en het netwerk.";
            }
        } else if (matig >= 1) {
            trede = Trede.VOORLIGGEND;
            redenen.add("Er zijn matige zorgen in " + domeinen(triage, Ernst.MATIG) + ", nergens ernstige.");
            principe = "Kleine problemen klein: het lokaal team helpt zelf, zonder verwijzing.";
        } else {
            trede = Trede.GEEN_HULP;
            redenen.add("In geen enkel domein zijn meer dan lichte zorgen.");
            principe = "Normaliseren: opgroeien gaat met vallen en opstaan; het gezin redt het met eigen kracht.";
        }
        if (triage.urgentie() == Urgentie.CRISIS && !trede.isZwaarderDan(Trede.VOORLIGGEND)) {
            trede = Trede.AMBULANT;
            redenen.add("Het is een crisis: er is vandaag hulp nodig, minstens ambulante (crisis)hulp.");
        }
        return new Uitkomst(trede, List.copyOf(redenen), principe);
    }

    private static String domeinen(Triage triage, Ernst minstens) {
        List<String> namen = new ArrayList<>();
        for (Levensdomein domein : Levensdomein.values()) {
            if (triage.ernst(domein).compareTo(minstens) >= 0) {
                namen.add(domein.omschrijving().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return String.join(", ", namen);
    }
}
