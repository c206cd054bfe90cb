package nl.jeugdregie.kern;

public class OngeldigeWaarde extends IllegalArgumentException {
    public OngeldigeWaarde(String melding) {
        super(melding);
    }
}
