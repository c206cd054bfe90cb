package nl.jeugdregie.financien;

import java.util.Objects;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;

/** One line of a begroting: the amount budgeted on an Iv3 taakveld for a CBS jeugdzorgvorm, never negative. */
public record Begrotingsregel(Taakveld taakveld, Jeugdzorgvorm jeugdzorgvorm, Bedrag bedrag) {

    public Begrotingsregel {
        Objects.requireNonNull(taakveld, "taakveld");
        Objects.requireNonNull(jeugdzorgvorm, "jeugdzorgvorm");
        Objects.requireNonNull(bedrag, "bedrag");
        if (bedrag.isNegatief()) {
            throw new OngeldigeWaarde("Een begroot bedrag kan niet negatief zijn, maar is " + bedrag);
        }
    }
}
