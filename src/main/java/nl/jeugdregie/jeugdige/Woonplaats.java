package nl.jeugdregie.jeugdige;

import java.time.LocalDate;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A period in which {@code gemeente} was responsible for the jeugdige under the woonplaatsbeginsel (Jeugdwet artikel
 * 1.1: the gemeente where the jeugdige lives, or for a jeugdige in residential care the gemeente of the last address).
 *
 * @param tot the last day, {@code null} while it lasts
 */
public record Woonplaats(GemeenteCode gemeente, LocalDate van, LocalDate tot) {}
