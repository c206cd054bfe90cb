package nl.jeugdregie.portaal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeParameter;

/**
 * One upload of a file of prestaties, read, checked and stored in the background while a page follows its progress.
 * It ends with the concept it became, or with every error of the file (nothing stored), or as failed.
 */
public final class Prestatieupload {

    /** Where an upload stands. */
    public enum Status {
        BEZIG,
        KLAAR,
        GEWEIGERD,
        MISLUKT
    }

    /** What an upload is doing, for the progress shown. */
    public enum Fase {
        LEZEN("Het bestand wordt gelezen"),
        CONTROLEREN("De prestaties worden gecontroleerd"),
        OPSLAAN("Het concept wordt opgeslagen");

        private final String omschrijving;

        Fase(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    private final UUID id;
    private final AgbCode aanbieder;
    private final GemeenteCode gemeente;
    private final YearMonth maand;
    private final Instant gestartOp;
    private volatile Status status = Status.BEZIG;
    private volatile Fase fase = Fase.LEZEN;
    private volatile int totaal;
    private volatile int verwerkt;
    private volatile Long concept;
    private volatile List<OngeldigeParameter> fouten = List.of();

    Prestatieupload(UUID id, AgbCode aanbieder, GemeenteCode gemeente, YearMonth maand, Instant gestartOp) {
        this.id = id;
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.maand = maand;
        this.gestartOp = gestartOp;
    }

    public UUID id() {
        return id;
    }

    AgbCode aanbieder() {
        return aanbieder;
    }

    public GemeenteCode gemeente() {
        return gemeente;
    }

    public YearMonth maand() {
        return maand;
    }

    Instant gestartOp() {
        return gestartOp;
    }

    public Status status() {
        return status;
    }

    public boolean isBezig() {
        return status == Status.BEZIG;
    }

    public Fase fase() {
        return fase;
    }

    public int totaal() {
        return totaal;
    }

    public int verwerkt() {
        return verwerkt;
    }

    /** The share done, 0 to 100: reading counts for nothing, checking for 80, storing for the rest. */
    public int procent() {
        return switch (fase) {
            case LEZEN -> 0;
            case CONTROLEREN -> totaal == 0 ? 0 : (int) (80L * verwerkt / totaal);
            case OPSLAAN -> isBezig() ? 90 : 100;
        };
    }

    /** The id of the concept made, once done. */
    public Long concept() {
        return concept;
    }

    /** Every error of the file, when refused; the first is about the file as a whole when it could not be read. */
    public List<OngeldigeParameter> fouten() {
        return fouten;
    }

    void fase(Fase nieuw, int totaalInFase) {
        verwerkt = 0;
        totaal = totaalInFase;
        fase = nieuw;
    }

    void verwerkt(int aantal) {
        verwerkt = aantal;
    }

    void klaar(long id) {
        concept = id;
        status = Status.KLAAR;
    }

    void geweigerd(List<OngeldigeParameter> redenen) {
        fouten = List.copyOf(redenen);
        status = Status.GEWEIGERD;
    }

    void mislukt() {
        status = Status.MISLUKT;
    }
}
