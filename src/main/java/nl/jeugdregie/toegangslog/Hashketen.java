package nl.jeugdregie.toegangslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the toegangslog: each entry's hash is SHA-256 over the previous entry's hash
 * and a canonical serialisation of the entry. Every field is written as its length, a colon and its
 * UTF-8 text, so no two different entries serialise alike.
 */
final class Hashketen {

    /** The "previous hash" of the very first entry. */
    static final String BEGIN = "0".repeat(64);

    private Hashketen() {}

    static String hash(Logregel regel) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(regel.vorigeHash().getBytes(StandardCharsets.US_ASCII));
            sha256.update(canoniek(regel).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java-omgeving", e);
        }
    }

    static String canoniek(Logregel regel) {
        StringBuilder tekst = new StringBuilder("toegangslog/1\n");
        for (String veld : new String[] {
            Long.toString(regel.id()),
            regel.tijdstip().toString(),
            regel.gebruiker(),
            regel.rollen(),
            regel.organisatie(),
            regel.namens(),
            regel.jeugdige(),
            regel.actie().code(),
            regel.gegevens(),
            regel.toelichting()
        }) {
            tekst.append(veld.length()).append(':').append(veld).append('\n');
        }
        return tekst.toString();
    }

    /** The entry with its hash filled in. */
    static Logregel verzegel(Logregel regel) {
        return new Logregel(
                regel.id(),
                regel.tijdstip(),
                regel.gebruiker(),
                regel.rollen(),
                regel.organisatie(),
                regel.namens(),
                regel.jeugdige(),
                regel.actie(),
                regel.gegevens(),
                regel.toelichting(),
                regel.vorigeHash(),
                hash(regel));
    }
}
