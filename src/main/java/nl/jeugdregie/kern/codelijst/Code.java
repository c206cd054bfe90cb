package nl.jeugdregie.kern.codelijst;

/** An entry of a code list: the official code as it appears in messages and its official Dutch description. */
public interface Code {

    String code();

    String omschrijving();
}
