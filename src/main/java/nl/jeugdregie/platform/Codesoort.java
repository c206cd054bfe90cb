package nl.jeugdregie.platform;

/** The kinds of codes {@link Namen} names for people; each is named by the module that owns it. */
public enum Codesoort {
    /** CBS gemeentecode, named by {@code regio}. */
    GEMEENTE,
    /** CBS jeugdregiocode (JZ14), named by {@code regio}. */
    JEUGDREGIO,
    /** AGB code of an aanbieder, named by {@code inkoop}. */
    AANBIEDER,
    /** Productcode (JZ21 or regional), named by {@code inkoop}. */
    PRODUCT
}
