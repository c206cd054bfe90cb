package nl.jeugdregie.platform;

import java.util.Optional;

/**
 * Work that builds up data in the background after the start, while the pages already work (the history of the demo
 * region), tells every page how far it is: the layout shows the line as a banner under the demo notice. A module that
 * does such work implements this; the platform asks every implementation on each page.
 */
public interface Opbouwmelding {

    /** The Dutch line for the banner while the work is under way, with its progress; empty when there is none. */
    Optional<String> melding();
}
