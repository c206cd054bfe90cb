package nl.jeugdregie.platform;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
/** A resource that does not exist (HTTP 404); the message is Dutch and shown to the user. */
public class NietGevonden extends RuntimeException {
    public NietGevonden(String melding) {
        super(melding);
    }
}
