package nl.jeugdregie.financien;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;

/**
 * Turns the lines of a begroting as a person or a program gave them (on the page, in a file, through the API) into
 * {@link Begrotingsregel}s, or refuses them all with every problem named at its place ({@code regel 12} in a file,
 * {@code regels[0].bedrag} in the API). Nothing is stored on any problem.
 */
public final class Begrotingsinvoer {

    /** The most lines one version may have: every taakveld with every jeugdzorgvorm. */
    public static final int MAXIMUM_REGELS = Taakveld.values().length * Jeugdzorgvorm.values().length;

    /** The largest amount one line may hold: € 10 miljard, far above any gemeente's jeugd budget. */
    static final Bedrag MAXIMUM_BEDRAG = Bedrag.euro(10_000_000_000L);

    private static final int MAXIMUM_FOUTEN = 50;

    /** How the amount of a line is written. */
    public enum Bedragnotatie {
        /** Whole eurocent, as the API takes it: {@code 123456} is € 1.234,56. */
        EUROCENT,
        /** Euros in Dutch notation, as people type them: {@code 1.234,56} or {@code € 1234}. */
        EURO
    }

    /**
     * One line as given. {@code plaats} names it in an error ({@code regel 12}, {@code regels[0]}); {@code apart} says
     * whether each field gets its own name ({@code regels[0].bedrag}) or the line is named as a whole.
     */
    public record Invoerregel(String plaats, boolean apart, String taakveld, String jeugdzorgvorm, String bedrag) {}

    private Begrotingsinvoer() {}

    /** The lines, or {@link OngeldigeInvoer} with every problem; at least one line, each taakveld and vorm once. */
    public static List<Begrotingsregel> lees(List<Invoerregel> invoer, Bedragnotatie notatie) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        List<Begrotingsregel> regels = new ArrayList<>();
        if (invoer.isEmpty()) {
            throw new OngeldigeInvoer(
                    "regels", "Een begroting heeft minstens één regel met taakveld, hulpvorm en bedrag");
        }
        if (invoer.size() > MAXIMUM_REGELS) {
            throw new OngeldigeInvoer(
                    "regels",
                    "Een begroting heeft hoogstens " + MAXIMUM_REGELS
                            + " regels (elk taakveld met elke hulpvorm één keer), niet " + invoer.size());
        }
        Map<String, String> gezien = new HashMap<>();
        for (Invoerregel regel : invoer) {
            int voor = fouten.size();
            Taakveld taakveld = taakveld(regel, fouten);
            Jeugdzorgvorm vorm = jeugdzorgvorm(regel, fouten);
            Bedrag bedrag = bedrag(regel, notatie, fouten);
            if (taakveld != null && vorm != null) {
                String sleutel = taakveld.code() + "|" + vorm.code();
                String eerder = gezien.putIfAbsent(sleutel, regel.plaats());
                if (eerder != null) {
                    fouten.add(new OngeldigeParameter(
                            regel.plaats(),
                            "Taakveld " + taakveld.omschrijving() + " met hulpvorm "
                                    + Notatie.code(vorm) + " staat al op " + eerder
                                    + "; geef elke combinatie één keer"));
                }
            }
            if (fouten.size() == voor) {
                regels.add(new Begrotingsregel(taakveld, vorm, bedrag));
            }
            if (fouten.size() >= MAXIMUM_FOUTEN) {
                fouten.add(new OngeldigeParameter(
                        "regels", "Meer dan " + MAXIMUM_FOUTEN + " fouten; de rest is niet gecontroleerd"));
                break;
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return regels;
    }

    private static Taakveld taakveld(Invoerregel regel, List<OngeldigeParameter> fouten) {
        String veld = veld(regel, "taakveld");
        if (leeg(regel.taakveld())) {
            fouten.add(new OngeldigeParameter(veld, voorvoegsel(regel) + "Taakveld ontbreekt"));
            return null;
        }
        return Taakveld.find(regel.taakveld()).orElseGet(() -> {
            fouten.add(new OngeldigeParameter(
                    veld,
                    voorvoegsel(regel) + "Taakveld '" + kort(regel.taakveld())
                            + "' bestaat niet of draagt geen jeugdkosten; kies een Iv3-taakveld zoals"
                            + " 6.72b (Jeugdhulp behandeling) of 6.73a (Pleegzorg)"));
            return null;
        });
    }

    private static Jeugdzorgvorm jeugdzorgvorm(Invoerregel regel, List<OngeldigeParameter> fouten) {
        String veld = veld(regel, "hulpvorm");
        if (leeg(regel.jeugdzorgvorm())) {
            fouten.add(new OngeldigeParameter(veld, voorvoegsel(regel) + "Hulpvorm ontbreekt"));
            return null;
        }
        return Jeugdzorgvorm.find(regel.jeugdzorgvorm().strip()).orElseGet(() -> {
            fouten.add(new OngeldigeParameter(
                    veld,
                    voorvoegsel(regel) + "Hulpvorm '" + kort(regel.jeugdzorgvorm())
                            + "' bestaat niet; kies een CBS-jeugdzorgvorm zoals 02 (ambulant) of 11 (pleegzorg)"));
            return null;
        });
    }

    private static Bedrag bedrag(Invoerregel regel, Bedragnotatie notatie, List<OngeldigeParameter> fouten) {
        String veld = veld(regel, "bedrag");
        if (leeg(regel.bedrag())) {
            fouten.add(new OngeldigeParameter(veld, voorvoegsel(regel) + "Bedrag ontbreekt"));
            return null;
        }
        Bedrag bedrag;
        try {
            bedrag = notatie == Bedragnotatie.EUROCENT ? eurocent(regel.bedrag()) : Bedrag.parse(regel.bedrag());
        } catch (OngeldigeWaarde e) {
            fouten.add(new OngeldigeParameter(
                    veld,
                    voorvoegsel(regel) + "'" + kort(regel.bedrag()) + "' is geen bedrag; "
                            + (notatie == Bedragnotatie.EUROCENT
                                    ? "geef een geheel aantal eurocent, bijvoorbeeld 123456 voor € 1.234,56"
                                    : "geef euro's, bijvoorbeeld 1.234,56")));
            return null;
        }
        if (bedrag.isNegatief()) {
            fouten.add(new OngeldigeParameter(
                    veld, voorvoegsel(regel) + "Bedrag " + bedrag + " is negatief; een begroot bedrag is nul of meer"));
            return null;
        }
        if (bedrag.isGroterDan(MAXIMUM_BEDRAG)) {
            fouten.add(new OngeldigeParameter(
                    veld, voorvoegsel(regel) + "Bedrag " + bedrag + " is groter dan " + MAXIMUM_BEDRAG));
            return null;
        }
        return bedrag;
    }

    static Bedrag eurocent(String tekst) {
        String schoon = tekst.strip();
        if (!schoon.matches("-?[0-9]{1,18}")) {
            throw new OngeldigeWaarde("geen geheel getal");
        }
        return new Bedrag(new BigInteger(schoon).longValueExact());
    }

    private static String veld(Invoerregel regel, String naam) {
        return regel.apart() ? regel.plaats() + "." + naam : regel.plaats();
    }

    private static String voorvoegsel(Invoerregel regel) {
        return regel.apart() ? "" : capitalize(regel.plaats()) + ": ";
    }

    private static String capitalize(String tekst) {
        return tekst.isEmpty() ? tekst : Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    /** The text as a message quotes it: stripped, and cut off after 40 characters. */
    static String kort(String tekst) {
        String schoon = tekst.strip();
        return schoon.length() > 40 ? schoon.substring(0, 40) + "…" : schoon;
    }
}
