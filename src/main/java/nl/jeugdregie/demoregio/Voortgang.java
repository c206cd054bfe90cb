package nl.jeugdregie.demoregio;

/**
 * How far the load of the demo region is: unit {@code eenheid} of {@code eenheden} (unit 0 is the run-in before the
 * window, then one per month), the messages sent, those the rules refused (a bug in the generator when not zero), the
 * prestaties rejected on purpose, and the steps that failed.
 */
record Voortgang(
        Status status, int eenheid, int eenheden, int berichten, int geweigerd, int afgekeurdePrestaties, int fouten) {

    enum Status {
        BEZIG,
        GESTOPT,
        KLAAR
    }

    Voortgang met(Status nieuw, int nieuweEenheid) {
        return new Voortgang(nieuw, nieuweEenheid, eenheden, berichten, geweigerd, afgekeurdePrestaties, fouten);
    }

    Voortgang plus(int extraBerichten, int extraGeweigerd, int extraAfgekeurd, int extraFouten) {
        return new Voortgang(
                status,
                eenheid,
                eenheden,
                berichten + extraBerichten,
                geweigerd + extraGeweigerd,
                afgekeurdePrestaties + extraAfgekeurd,
                fouten + extraFouten);
    }
}
