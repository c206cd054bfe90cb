package nl.jeugdregie.ijw;

/** The input cannot be read as an iJw 3.2 message at all: empty, not XML, or an unknown namespace. */
public class OnleesbaarBericht extends RuntimeException {

    public OnleesbaarBericht(String message) {
        super(message);
    }

    public OnleesbaarBericht(String message, Throwable cause) {
        super(message, cause);
    }
}
