package nl.jeugdregie.platform;

import java.util.List;

@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
/** A request with invalid fields (HTTP 400), each named with its reason. */
public class OngeldigeInvoer extends RuntimeException {

    private final List<OngeldigeParameter> parameters;

    public OngeldigeInvoer(List<OngeldigeParameter> parameters) {
        super("Ongeldige invoer: " + parameters.size() + " veld(en)");
        this.parameters = List.copyOf(parameters);
    }

    public OngeldigeInvoer(String veld, String reden) {
        this(List.of(new OngeldigeParameter(veld, reden)));
    }

    public List<OngeldigeParameter> parameters() {
        return parameters;
    }
}
