package nl.jeugdregie.jeugdige.brp;

/**
 * The BRP could not give a usable answer: it was not reachable, did not answer in time, answered with a server error
 * (5xx) or with something outside the contract. Worth a later retry; meanwhile the data can be entered by hand.
 */
public class BrpNietBeschikbaar extends RuntimeException {

    BrpNietBeschikbaar(String message) {
        super(message);
    }

    BrpNietBeschikbaar(String message, Throwable cause) {
        super(message, cause);
    }
}
