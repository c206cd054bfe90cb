package nl.jeugdregie.ijw;

import java.util.Optional;
import nl.jeugdregie.ijw.schema.Berichtschema;
import nl.jeugdregie.kern.codelijst.Berichtcode;

/** The 14 messages of iJw 3.2, each with its official schema and, for heenberichten, its retourbericht. */
public enum BerichtType {
    JW301,
    JW302,
    JW305,
    JW306,
    JW307,
    JW308,
    JW315,
    JW316,
    JW317,
    JW318,
    JW319,
    JW320,
    JW323,
    JW325;

    public Berichtschema schema() {
        return Berichtschema.ALLE.get(name());
    }

    public String namespace() {
        return schema().namespace();
    }

    /** The code of this message in the header (COD002), with its official name. */
    public Berichtcode berichtcode() {
        return Berichtcode.valueOf(name());
    }

    /** The retourbericht that answers this heenbericht; empty for a retourbericht itself. */
    public Optional<BerichtType> retour() {
        return berichtcode().retourbericht().map(b -> valueOf(b.berichttype()));
    }

    public boolean isHeenbericht() {
        return retour().isPresent();
    }

    /** The message of a namespace, e.g. {@code http://www.istandaarden.nl/ijw/3_2/jw301/schema}. */
    public static Optional<BerichtType> ofNamespace(String namespace) {
        for (BerichtType type : values()) {
            if (type.namespace().equals(namespace)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
