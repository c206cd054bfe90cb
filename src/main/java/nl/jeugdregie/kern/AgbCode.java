package nl.jeugdregie.kern;

/** AGB code of a zorgaanbieder: eight digits (iJw LDT_AgbCode). */
public record AgbCode(String value) {

    public AgbCode {
        if (value == null || !value.matches("[0-9]{8}")) {
            throw new OngeldigeWaarde("AGB-code moet uit precies 8 cijfers bestaan");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
