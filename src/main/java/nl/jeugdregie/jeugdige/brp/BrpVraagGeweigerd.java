package nl.jeugdregie.jeugdige.brp;

/**
 * The BRP refused the question with a 4xx problem (application/problem+json): an invalid parameter, a missing
 * authentication or authorisation, too many results, too many requests. Repeating the same question gives the same
 * answer; the message says why in the BRP's own words.
 */
public class BrpVraagGeweigerd extends RuntimeException {

    private final int status;
    private final String code;

    BrpVraagGeweigerd(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status, e.g. 400 or 403. */
    public int status() {
        return status;
    }

    /** The problem's {@code code} (e.g. {@code paramsValidation}, {@code autorisation}), {@code null} if absent. */
    public String code() {
        return code;
    }
}
