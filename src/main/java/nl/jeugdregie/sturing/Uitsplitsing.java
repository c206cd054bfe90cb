package nl.jeugdregie.sturing;

import java.util.Arrays;
import java.util.Optional;

/** How an indicator's value is split into groups; {@link #TOTAAL} is one value. */
public enum Uitsplitsing {
    TOTAAL("totaal", "Totaal"),
    GEMEENTE("gemeente", "Gemeente"),
    HULPVORM("hulpvorm", "Hulpvorm"),
    AANBIEDER("aanbieder", "Aanbieder"),
    PRODUCT("product", "Product"),
    VERWIJZER("verwijzer", "Verwijzer"),
    LEEFTIJD("leeftijd", "Leeftijd"),
    BEROEP("beroep", "Nieuw of herhaald beroep"),
    REDEN("reden", "Reden beëindiging"),
    DUURKLASSE("duurklasse", "Duurklasse"),
    ROUTE("route", "Toegangsroute"),
    BERICHTTYPE("berichttype", "Berichttype");

    private final String code;
    private final String naam;

    Uitsplitsing(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    /** The value in the API and the SQL, e.g. {@code verwijzer}. */
    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<Uitsplitsing> vanCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }
}
