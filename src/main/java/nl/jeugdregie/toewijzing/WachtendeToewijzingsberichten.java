package nl.jeugdregie.toewijzing;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * Which toewijzingen have a JW301 that waits for the client's gegevens, so the toegang worker who made them is told.
 * The outbox lives in {@code berichtenverkeer}, which depends on this module, so that module provides the
 * implementation as a bean; until a bean exists, nothing waits.
 */
public interface WachtendeToewijzingsberichten {

    /** The waiting toewijzingen of these gemeenten, oldest first. */
    List<WachtendToewijzingsbericht> wachtend(Set<GemeenteCode> gemeenten);
}
