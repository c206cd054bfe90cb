package nl.jeugdregie.ijw;

import java.util.Optional;
import nl.jeugdregie.ijw.schema.Berichtschema;

/** The 14 messages of iJw 3.2, each with its official schema and, for heenberichten, its retourbericht. */
public enum BerichtType {
    JW301("JW302"),
    JW302(null),
    JW305("JW306"),
    JW306(null),
    JW307("JW308"),
    JW308(null),
    JW315("JW316"),
    JW316(null),
    JW317("JW318"),
    JW318(null),
    JW319("JW320"),
    JW320(null),
    JW323("JW325"),
    JW325(null);

    private final String retour;

    BerichtType(String retour) {
        this.retour = retour;
    }

    public Berichtschema schema() {
        return Berichtschema.ALLE.get(name());
    }

    public String namespace() {
        return schema().namespace();
    }

    /** The retourbericht that answers this heenbericht; empty for a retourbericht itself. */
    public Optional<BerichtType> retour() {
        return Optional.ofNullable(retour).map(BerichtType::valueOf);
    }

    public boolean isHeenbericht() {
        return retour != null;
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
