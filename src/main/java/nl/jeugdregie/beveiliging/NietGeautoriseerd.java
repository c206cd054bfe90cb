package nl.jeugdregie.beveiliging;

import org.springframework.security.access.AccessDeniedException;

/** Thrown when the signed-in user asks for something outside its role or scope (HTTP 403). */
public class NietGeautoriseerd extends AccessDeniedException {
    public NietGeautoriseerd(String melding) {
        super(melding);
    }
}
