package nl.jeugdregie.inkoop;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One import running or run in the background, with its report filling as it goes. */
public final class Importtaak {

    /** Where an import stands. */
    public enum Status {
        BEZIG("Bezig"),
        KLAAR("Klaar"),
        GEWEIGERD("Niet ingelezen"),
        MISLUKT("Mislukt");

        private final String omschrijving;

        Status(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    private final UUID id;
    private final Importsoort soort;
    private final String gestartDoor;
    private final OffsetDateTime gestartOp;
    private final Importverslag verslag;
    private volatile Status status = Status.BEZIG;
    private volatile String melding;
    private volatile OffsetDateTime klaarOp;

    Importtaak(UUID id, Importsoort soort, boolean proef, String gestartDoor, OffsetDateTime gestartOp) {
        this.id = id;
        this.soort = soort;
        this.gestartDoor = gestartDoor;
        this.gestartOp = gestartOp;
        this.verslag = new Importverslag(proef);
    }

    public UUID id() {
        return id;
    }

    public Importsoort soort() {
        return soort;
    }

    public String gestartDoor() {
        return gestartDoor;
    }

    public OffsetDateTime gestartOp() {
        return gestartOp;
    }

    public Importverslag verslag() {
        return verslag;
    }

    public Status status() {
        return status;
    }

    public boolean isBezig() {
        return status == Status.BEZIG;
    }

    /** Why the file was refused or the import failed (Dutch); null while running or when done. */
    public String melding() {
        return melding;
    }

    public OffsetDateTime klaarOp() {
        return klaarOp;
    }

    void klaar(OffsetDateTime op) {
        afgerond(Status.KLAAR, null, op);
    }

    void geweigerd(String reden, OffsetDateTime op) {
        afgerond(Status.GEWEIGERD, reden, op);
    }

    void mislukt(String reden, OffsetDateTime op) {
        afgerond(Status.MISLUKT, reden, op);
    }

    private void afgerond(Status nieuw, String reden, OffsetDateTime op) {
        melding = reden;
        klaarOp = op;
        status = nieuw;
    }
}
