package nl.jeugdregie.financien;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a scenario can change, with the range a value may take. Percentages are kept in hundredths (12,5 % is 1250);
 * {@link #MAX_AANBIEDERS} is a count, 0 meaning no limit. The first five are the levers a gemeente pulls; the last
 * two are assumptions of the baseline (what happens without measures).
 */
public enum Hefboom {
    NAAR_PLEEGZORG(
            "naarPleegzorg",
            "Verblijf naar pleegzorg",
            "Deel van het overig residentieel verblijf dat voortaan in een pleeggezin wordt geboden",
            0,
            5000,
            true),
    NAAR_GEZINSHUIS(
            "naarGezinshuis",
            "Verblijf naar gezinshuis",
            "Deel van het overig residentieel verblijf dat voortaan in een gezinshuis wordt geboden",
            0,
            5000,
            true),
    KORTERE_DUUR(
            "korterDuur",
            "Kortere duur",
            "Hoeveel korter de gemiddelde duur van nieuwe trajecten wordt",
            0,
            3000,
            true),
    MINDER_INSTROOM(
            "minderInstroom",
            "Minder instroom door een sterker lokaal team",
            "Hoeveel minder jeugdigen nieuw instromen in de specialistische jeugdhulp",
            0,
            3000,
            true),
    INDEXATIE(
            "indexatie",
            "Tariefindexatie",
            "De indexatie van de tarieven die de gemeente per jaar toekent",
            -200,
            1000,
            true),
    MAX_AANBIEDERS(
            "maxAanbieders",
            "Aanbieders per product",
            "Het grootste aantal aanbieders per product; de zorg van de duurdere gaat naar de goedkoopste",
            0,
            10,
            false),
    VERWACHTE_INDEXATIE(
            "verwachteIndexatie",
            "Verwachte indexatie (aanname)",
            "De prijsstijging per jaar zonder maatregelen, bijvoorbeeld de OVA",
            -200,
            1000,
            true),
    AUTONOME_GROEI(
            "autonomeGroei",
            "Autonome groei (aanname)",
            "De groei van het volume per jaar zonder maatregelen",
            -1000,
            1500,
            true);

    private final String veld;
    private final String naam;
    private final String uitleg;
    private final int minimum;
    private final int maximum;
    private final boolean procent;

    Hefboom(String veld, String naam, String uitleg, int minimum, int maximum, boolean procent) {
        this.veld = veld;
        this.naam = naam;
        this.uitleg = uitleg;
        this.minimum = minimum;
        this.maximum = maximum;
        this.procent = procent;
    }

    /** The name of the field in the API and on the page. */
    public String veld() {
        return veld;
    }

    public String naam() {
        return naam;
    }

    public String uitleg() {
        return uitleg;
    }

    /** The smallest value, in hundredths of a percent (or a count). */
    public int minimum() {
        return minimum;
    }

    public int maximum() {
        return maximum;
    }

    public boolean isProcent() {
        return procent;
    }

    /** Whether it describes the baseline rather than a measure. */
    public boolean isAanname() {
        return this == VERWACHTE_INDEXATIE || this == AUTONOME_GROEI;
    }

    /** The range in Dutch, as an error and the page say it: "0 tot en met 50 %". */
    public String bereik() {
        return procent
                ? Sleutelinvoer.tekst(minimum) + " tot en met " + Sleutelinvoer.tekst(maximum) + " %"
                : "1 tot en met " + maximum + ", of leeg voor geen grens";
    }

    /** A value in Dutch: "12,5 %", "3 aanbieders" or "geen grens". */
    public String tekst(int waarde) {
        if (procent) {
            return Sleutelinvoer.tekst(waarde) + " %";
        }
        return waarde == 0 ? "geen grens" : waarde + (waarde == 1 ? " aanbieder" : " aanbieders");
    }

    public static Optional<Hefboom> vanVeld(String veld) {
        return Arrays.stream(values()).filter(h -> h.veld.equals(veld)).findFirst();
    }
}
