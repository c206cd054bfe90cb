package nl.jeugdregie.beveiliging;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Thrown when the signed-in user asks for something outside its role or scope (HTTP 403). The reason
 * is kept on the current request, so the refusal is recorded in the toegangslog with it.
 */
public class NietGeautoriseerd extends AccessDeniedException {

    /** The request attribute that holds the reason of the last refusal. */
    static final String REDEN = NietGeautoriseerd.class.getName() + ".reden";

    public NietGeautoriseerd(String melding) {
        super(melding);
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek != null) {
            verzoek.setAttribute(REDEN, melding, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
