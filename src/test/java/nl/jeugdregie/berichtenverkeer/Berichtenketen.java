package nl.jeugdregie.berichtenverkeer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.context.ApplicationContext;

/**
 * For tests of other modules: the messages an aanbieder's software sends for one jeugdige (product 45A48, ten
 * hours a week), taken in through the inbox and processed as the platform processes them.
 */
public final class Berichtenketen {

    private final Berichtenbus bus;
    private final Verwerkingsplanner verwerker;
    private final Aanbiederkant aanbieder;

    public Berichtenketen(ApplicationContext context, AgbCode agb, GemeenteCode gemeente, String voorvoegsel) {
        this.bus = context.getBean(Berichtenbus.class);
        this.verwerker = context.getBean(Verwerkingsplanner.class);
        this.aanbieder = new Aanbiederkant(agb.value(), gemeente.value(), voorvoegsel);
    }

    /** A JW315 for ten hours a week of 45A48 from {@code ingang} to {@code eind}. */
    public byte[] verzoekOmToewijzing(Bsn bsn, String referentie, LocalDate ingang, LocalDate eind) {
        return aanbieder.verzoekOmToewijzing(jeugdige(bsn), referentie, ingang, eind);
    }

    /** A JW305 on toewijzing {@code nummer}. */
    public byte[] start(Bsn bsn, long nummer, LocalDate ingang, LocalDate begin) {
        return aanbieder.start(jeugdige(bsn), nummer, ingang, begin, "1");
    }

    /** A JW307 ending the levering that began on {@code begin}, with reden beëindiging {@code reden}. */
    public byte[] stop(Bsn bsn, long nummer, LocalDate ingang, LocalDate begin, String reden, LocalDate eind) {
        return aanbieder.stop(jeugdige(bsn), nummer, ingang, begin, reden, eind);
    }

    /** A JW307 with StatusAanlevering 3: deletes that stop again. */
    public byte[] verwijderStop(Bsn bsn, long nummer, LocalDate ingang, LocalDate begin, String reden, LocalDate eind) {
        return aanbieder.stop(jeugdige(bsn), nummer, ingang, begin, reden, eind, "3");
    }

    /**
     * A JW323 over the calendar month of {@code van} (CS340) with one prestatie of {@code uren} hours in
     * {@code van}..{@code tot}, at {@code tarief} eurocent.
     */
    public byte[] declaratie(Bsn bsn, long nummer, long tarief, LocalDate van, LocalDate tot, long uren) {
        return aanbieder.declaratie(
                jeugdige(bsn),
                nummer,
                tarief,
                van.withDayOfMonth(1),
                van.withDayOfMonth(van.lengthOfMonth()),
                List.of(new Aanbiederkant.Maand(
                        "P" + UUID.randomUUID().toString().substring(0, 8), van, tot, uren)));
    }

    /** Takes a message in as from the aanbieder's own software, without processing it yet. */
    public UUID ontvang(byte[] bericht) {
        return bus.ontvang(bericht, Kanaal.SYSTEEM, null).id();
    }

    /** Processes every waiting message, as the platform does in the background. */
    public int verwerk() {
        return verwerker.verwerkWachtende();
    }

    private static Aanbiederkant.Jeugdige jeugdige(Bsn bsn) {
        return new Aanbiederkant.Jeugdige(bsn.value(), LocalDate.of(2014, 5, 4), "2", "Jansen", "L");
    }
}
