package nl.jeugdregie.platform;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
/** A request that conflicts with what is stored (HTTP 409), e.g. a code that already exists. */
public class Conflict extends RuntimeException {
    public Conflict(String melding) {
        super(melding);
    }
}
