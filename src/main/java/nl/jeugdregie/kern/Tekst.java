package nl.jeugdregie.kern;

/**
 * Text as people type it. Control characters (a NUL byte, an escape sequence, a bell) are never part of a name, an
 * address or an explanation: they come from pasting binary data or from an attack, break the messages and files the
 * text later goes into, and PostgreSQL refuses a NUL outright. Tab, line feed and carriage return are ordinary text.
 */
public final class Tekst {

    private Tekst() {}

    /** True when {@code tekst} holds a control character other than tab, line feed or carriage return. */
    public static boolean heeftStuurteken(CharSequence tekst) {
        if (tekst == null) {
            return false;
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@code tekst} itself, or {@link OngeldigeWaarde} naming {@code veld} when it holds a control character. */
    public static String leesbaar(String veld, String tekst) {
        if (heeftStuurteken(tekst)) {
            throw new OngeldigeWaarde(veld + " " + STUURTEKEN);
        }
        return tekst;
    }

    /** The reason given for a refused value, after the name of the field. */
    public static final String STUURTEKEN =
            "bevat een onzichtbaar stuurteken (zoals een NUL-teken) dat niet in tekst thuishoort";
}
