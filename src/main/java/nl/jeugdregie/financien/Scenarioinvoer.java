package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;

/**
 * Turns a scenario as a person or a program gave it into a {@link Keuze}, or refuses it with every problem named at
 * its place ({@code hefbomen.naarPleegzorg} and {@code opgaveEurocent[2]} in the API, the field on the page). A lever
 * outside its range, a percentage with more than two decimals, a negative or non-numeric amount: nothing is stored.
 */
public final class Scenarioinvoer {

    /** The most characters of a scenario's name. */
    public static final int MAXIMUM_NAAM = 100;

    /** The years a scenario projects after its base year. */
    public static final int JAREN = 5;

    /**
     * A scenario as given. {@code api} names fields as the API does ({@code hefbomen.x}, {@code opgaveEurocent[i]},
     * amounts in eurocent); otherwise as the page does ({@code x}, {@code opgave[i]}, amounts in euro's).
     */
    public record Invoer(
            String naam,
            String toelichting,
            Map<Hefboom, String> waarden,
            String investering,
            List<String> opgave,
            boolean api) {}

    /** A scenario once read: its name, explanation, levers and savings task per year. */
    public record Keuze(String naam, String toelichting, Hefbomen hefbomen, List<Bedrag> opgave) {

        public Keuze {
            opgave = List.copyOf(opgave);
        }
    }

    private Scenarioinvoer() {}

    public static Keuze lees(Invoer invoer) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        String naam = invoer.naam() == null ? "" : invoer.naam().strip();
        if (naam.isEmpty()) {
            fouten.add(new OngeldigeParameter("naam", "Geef het scenario een naam"));
        } else if (naam.length() > MAXIMUM_NAAM) {
            fouten.add(new OngeldigeParameter(
                    "naam", "De naam is " + naam.length() + " tekens; hoogstens " + MAXIMUM_NAAM));
        }
        Map<Hefboom, Integer> waarden = new EnumMap<>(Hefboom.class);
        for (Hefboom h : Hefboom.values()) {
            Integer waarde = waarde(h, invoer.waarden().get(h), veld(invoer, h), fouten);
            if (waarde != null) {
                waarden.put(h, waarde);
            }
        }
        Bedrag investering = bedrag(
                invoer,
                invoer.api() ? "investeringEurocent" : "investering",
                "Extra inzet lokaal team per jaar",
                invoer.investering(),
                fouten);
        List<Bedrag> opgave = new ArrayList<>();
        List<String> gegeven = invoer.opgave() == null ? List.of() : invoer.opgave();
        if (gegeven.size() > JAREN) {
            fouten.add(new OngeldigeParameter(
                    invoer.api() ? "opgaveEurocent" : "opgave",
                    "Geef de besparingsopgave voor " + JAREN + " jaar, niet voor " + gegeven.size()));
        } else {
            for (int i = 0; i < JAREN; i++) {
                String plaats = (invoer.api() ? "opgaveEurocent[" : "opgave[") + i + "]";
                Bedrag b = bedrag(
                        invoer,
                        plaats,
                        "Besparingsopgave jaar " + (i + 1),
                        i < gegeven.size() ? gegeven.get(i) : null,
                        fouten);
                opgave.add(b == null ? Bedrag.NUL : b);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        String toelichting =
                invoer.toelichting() == null || invoer.toelichting().isBlank()
                        ? null
                        : invoer.toelichting().strip();
        return new Keuze(naam, toelichting, new Hefbomen(waarden, investering), opgave);
    }

    /** The value in hundredths of a percent (or a count), 0 when empty, or null with the problem added. */
    private static Integer waarde(Hefboom h, String tekst, String veld, List<OngeldigeParameter> fouten) {
        if (Begrotingsinvoer.leeg(tekst)) {
            return 0;
        }
        String schoon = tekst.strip().replaceFirst("\\s*%$", "").replace(',', '.');
        if (!h.isProcent()) {
            if (!schoon.matches("[0-9]{1,3}")
                    || Integer.parseInt(schoon) < 1
                    || Integer.parseInt(schoon) > h.maximum()) {
                fouten.add(new OngeldigeParameter(
                        veld,
                        h.naam() + ": '" + Begrotingsinvoer.kort(tekst) + "' ligt niet in het bereik; geef een"
                                + " geheel aantal van " + h.bereik()));
                return null;
            }
            return Integer.parseInt(schoon);
        }
        if (!schoon.matches("-?[0-9]{1,4}(\\.[0-9]{1,2})?")) {
            fouten.add(new OngeldigeParameter(
                    veld,
                    h.naam() + ": '" + Begrotingsinvoer.kort(tekst) + "' is geen percentage; geef een getal met"
                            + " hoogstens twee decimalen, bijvoorbeeld 12,5"));
            return null;
        }
        int honderdsten = new BigDecimal(schoon).movePointRight(2).intValueExact();
        if (honderdsten < h.minimum() || honderdsten > h.maximum()) {
            fouten.add(new OngeldigeParameter(
                    veld,
                    h.naam() + ": " + Sleutelinvoer.tekst(honderdsten) + " % ligt buiten het bereik van "
                            + h.bereik()));
            return null;
        }
        return honderdsten;
    }

    private static Bedrag bedrag(
            Invoer invoer, String veld, String omschrijving, String tekst, List<OngeldigeParameter> fouten) {
        if (Begrotingsinvoer.leeg(tekst)) {
            return Bedrag.NUL;
        }
        Bedrag bedrag;
        try {
            bedrag = invoer.api() ? Begrotingsinvoer.eurocent(tekst) : Bedrag.parse(tekst);
        } catch (OngeldigeWaarde e) {
            fouten.add(new OngeldigeParameter(
                    veld,
                    omschrijving + ": '" + Begrotingsinvoer.kort(tekst) + "' is geen bedrag; "
                            + (invoer.api()
                                    ? "geef een geheel aantal eurocent, bijvoorbeeld 123456 voor € 1.234,56"
                                    : "geef euro's, bijvoorbeeld 1.234,56")));
            return null;
        }
        if (bedrag.isNegatief()) {
            fouten.add(new OngeldigeParameter(veld, omschrijving + ": " + bedrag + " is negatief; geef nul of meer"));
            return null;
        }
        if (bedrag.isGroterDan(Begrotingsinvoer.MAXIMUM_BEDRAG)) {
            fouten.add(new OngeldigeParameter(
                    veld, omschrijving + ": " + bedrag + " is groter dan " + Begrotingsinvoer.MAXIMUM_BEDRAG));
            return null;
        }
        return bedrag;
    }

    private static String veld(Invoer invoer, Hefboom h) {
        return invoer.api() ? "hefbomen." + h.veld() : h.veld();
    }
}
