package nl.jeugdregie.financien;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;

/**
 * Turns the verdeelsleutels as a person or a program gave them (on the page, through the API) into
 * {@link Verdeelsleutel}s, or refuses them all with every problem named at its place ({@code sleutels[0].perInwoner}
 * in the API, the part's name on the page). A percentage is written with at most two decimals ({@code 33,34},
 * {@code 33.34} or {@code 33 %}); an empty one is 0 %. Nothing is stored on any problem.
 */
public final class Sleutelinvoer {

    /**
     * One key as given. {@code plaats} names it in an error ({@code sleutels[0]}, or the part's name on the page);
     * {@code apart} says whether each field gets its own name ({@code sleutels[0].perInwoner}).
     */
    public record Invoersleutel(
            String plaats, boolean apart, String deel, String perInwoner, String perJeugdige, String naarGebruik) {}

    /** The most keys one request may give before they are read one by one (each part once is checked after). */
    private static final int MAXIMUM_SLEUTELS = 50;

    private Sleutelinvoer() {}

    /** The keys, or {@link OngeldigeInvoer} with every problem; at least one, each part once. */
    public static List<Verdeelsleutel> lees(List<Invoersleutel> invoer) {
        if (invoer.isEmpty()) {
            throw new OngeldigeInvoer(
                    "sleutels",
                    "Geef minstens één verdeelsleutel: een deel (" + Inkoopdeel.codes()
                            + ") met de percentages per inwoner, per jeugdige en naar werkelijk gebruik");
        }
        if (invoer.size() > MAXIMUM_SLEUTELS) {
            throw new OngeldigeInvoer(
                    "sleutels",
                    "Er zijn " + Inkoopdeel.values().length + " delen van de inkoop; geef per deel één sleutel, niet "
                            + invoer.size() + " sleutels");
        }
        List<OngeldigeParameter> fouten = new ArrayList<>();
        Map<Inkoopdeel, String> gezien = new EnumMap<>(Inkoopdeel.class);
        List<Verdeelsleutel> sleutels = new ArrayList<>();
        for (Invoersleutel s : invoer) {
            int voor = fouten.size();
            Inkoopdeel deel = deel(s, fouten);
            Integer inwoner = procent(s, "perInwoner", "per inwoner", s.perInwoner(), fouten);
            Integer jeugdige = procent(s, "perJeugdige", "per jeugdige", s.perJeugdige(), fouten);
            Integer gebruik = procent(s, "naarGebruik", "naar werkelijk gebruik", s.naarGebruik(), fouten);
            if (deel != null) {
                String eerder = gezien.putIfAbsent(deel, s.plaats());
                if (eerder != null) {
                    fouten.add(new OngeldigeParameter(
                            veld(s, "deel"),
                            voorvoegsel(s) + "Het deel " + deel.omschrijving() + " staat al op " + eerder
                                    + "; geef elk deel één sleutel"));
                }
            }
            if (fouten.size() == voor) {
                int som = inwoner + jeugdige + gebruik;
                if (som != Verdeelsleutel.HONDERD_PROCENT) {
                    fouten.add(new OngeldigeParameter(
                            s.plaats(),
                            voorvoegsel(s) + "De sleutel van " + deel.naam() + " telt op tot "
                                    + tekst(som) + " % (" + tekst(inwoner) + " + " + tekst(jeugdige) + " + "
                                    + tekst(gebruik) + "); de percentages samen moeten precies 100 % zijn"));
                } else {
                    sleutels.add(new Verdeelsleutel(deel, inwoner, jeugdige, gebruik));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return sleutels;
    }

    private static Inkoopdeel deel(Invoersleutel s, List<OngeldigeParameter> fouten) {
        if (Begrotingsinvoer.leeg(s.deel())) {
            fouten.add(new OngeldigeParameter(veld(s, "deel"), voorvoegsel(s) + "Deel ontbreekt"));
            return null;
        }
        return Inkoopdeel.find(s.deel()).orElseGet(() -> {
            fouten.add(new OngeldigeParameter(
                    veld(s, "deel"),
                    voorvoegsel(s) + "Deel '" + Begrotingsinvoer.kort(s.deel()) + "' bestaat niet; kies "
                            + Inkoopdeel.codes()));
            return null;
        });
    }

    /** The percentage in hundredths, or null with the problem added. */
    private static Integer procent(
            Invoersleutel s, String naam, String omschrijving, String tekst, List<OngeldigeParameter> fouten) {
        if (Begrotingsinvoer.leeg(tekst)) {
            return 0;
        }
        String schoon = tekst.strip().replaceFirst("\\s*%$", "").replace(',', '.');
        if (!schoon.matches("-?[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            fouten.add(new OngeldigeParameter(
                    veld(s, naam),
                    voorvoegsel(s) + "Percentage " + omschrijving + " '" + Begrotingsinvoer.kort(tekst)
                            + "' is geen percentage; geef een getal van 0 tot en met 100 met hoogstens twee"
                            + " decimalen, bijvoorbeeld 33,34"));
            return null;
        }
        int honderdsten = new java.math.BigDecimal(schoon).movePointRight(2).intValueExact();
        if (honderdsten < 0) {
            fouten.add(new OngeldigeParameter(
                    veld(s, naam),
                    voorvoegsel(s) + "Percentage " + omschrijving + " " + tekst(honderdsten)
                            + " % is negatief; een gewicht is 0 % of meer"));
            return null;
        }
        if (honderdsten > Verdeelsleutel.HONDERD_PROCENT) {
            fouten.add(new OngeldigeParameter(
                    veld(s, naam),
                    voorvoegsel(s) + "Percentage " + omschrijving + " " + tekst(honderdsten) + " % is meer dan 100 %"));
            return null;
        }
        return honderdsten;
    }

    /** Hundredths of a percent in Dutch notation: 3334 is 33,34 and 5000 is 50. */
    public static String tekst(int honderdsten) {
        return nl.jeugdregie.kern.Notatie.getal(Verdeelsleutel.procent(honderdsten));
    }

    private static String veld(Invoersleutel s, String naam) {
        return s.apart() ? s.plaats() + "." + naam : s.plaats();
    }

    private static String voorvoegsel(Invoersleutel s) {
        return s.apart() ? "" : s.plaats() + ": ";
    }
}
