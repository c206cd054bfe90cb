package nl.jeugdregie.beveiliging;

import org.springframework.security.access.AccessDeniedException;

/** Thrown when the signed-in user asks for something outside its role or scope (HTTP 403). */
public class GeenToegang extends AccessDeniedException {
    public GeenToegang(String melding) {
        super(melding);
    }
}
