package nl.jeugdregie.beveiliging;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.jeugdregie.regio.Jeugdregio;
import nl.jeugdregie.regio.RegioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The password policy of the local user store: at least {@value #MINIMALE_LENGTE} characters, at
 * most {@value #MAXIMALE_BYTES} bytes in UTF-8 (the limit of bcrypt, which hashes the password),
 * never the user name, and hard enough to guess by the zxcvbn estimator with its English dictionaries
 * of common passwords, names and words, a Dutch list of its own and the words a password is often
 * derived from: the user name, the person's name, the organisation, the platform and its region.
 * Repeated characters, sequences, keyboard rows and dates count as easy too. Every objection is Dutch
 * and says what to change.
 */
@Component
class Wachtwoordbeleid {

    static final int MINIMALE_LENGTE = 12;
    static final int MAXIMALE_BYTES = 72;

    /**
     * zxcvbn's highest score, 4: at least 10^10 guesses, so the password also withstands an offline
     * attack on a stolen bcrypt hash. Score 3 still lets through a regional word, a platform word and
     * a digit, or "Welkom12345!".
     */
    static final int MINIMALE_SCORE = 4;

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl");
    private static final String EIGEN_WOORDEN = "user_inputs";

    private final Zxcvbn zxcvbn;
    private final Supplier<List<String>> platformwoorden;

    @Autowired
    Wachtwoordbeleid(RegioService regioService) {
        this(() -> platformwoorden(regioService));
    }

    Wachtwoordbeleid(Supplier<List<String>> platformwoorden) {
        this.platformwoorden = platformwoorden;
        this.zxcvbn = bouwSchatter();
    }

    /** Who the password is for: the words it must not be derived from. */
    record Persoon(String gebruikersnaam, String naam, String organisatie) {}

    /** What is wrong with this password for this person, in Dutch; empty when it is acceptable. */
    List<String> bezwaren(String wachtwoord, Persoon persoon) {
        if (wachtwoord == null || wachtwoord.isEmpty()) {
            return List.of("Vul een wachtwoord in.");
        }
        int tekens = wachtwoord.codePointCount(0, wachtwoord.length());
        if (tekens < MINIMALE_LENGTE) {
            return List.of("Het wachtwoord moet ten minste " + MINIMALE_LENGTE + " tekens hebben; dit heeft er "
                    + tekens + ". Maak het langer, bijvoorbeeld met een paar losse woorden.");
        }
        int bytes = wachtwoord.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAXIMALE_BYTES) {
            return List.of("Het wachtwoord is te lang: hoogstens " + MAXIMALE_BYTES + " bytes, dit is " + bytes
                    + " bytes. Letters met accenten en andere bijzondere tekens tellen als twee of meer bytes."
                    + " Kort het wachtwoord in.");
        }
        String gebruikersnaam =
                persoon.gebruikersnaam() == null ? "" : persoon.gebruikersnaam().strip();
        if (gebruikersnaam.length() >= 3
                && wachtwoord.toLowerCase(Locale.ROOT).contains(gebruikersnaam.toLowerCase(Locale.ROOT))) {
            return List.of("Het wachtwoord mag uw gebruikersnaam niet bevatten. Kies woorden die niets met uw"
                    + " account te maken hebben.");
        }
        Strength sterkte = zxcvbn.measure(wachtwoord, eigenWoorden(persoon));
        if (sterkte.getScore() >= MINIMALE_SCORE) {
            return List.of();
        }
        return List.of(uitleg(sterkte));
    }

    private static String uitleg(Strength sterkte) {
        List<String> zinnen = new ArrayList<>();
        zinnen.add("Dit wachtwoord is te makkelijk te raden.");
        boolean afgeleid = sterkte.getSequence().stream().anyMatch(Wachtwoordbeleid::isEigenWoord);
        if (afgeleid) {
            zinnen.add("Het lijkt op uw gebruikersnaam, uw naam, uw organisatie of de naam van het platform of de"
                    + " regio.");
        }
        Feedback feedback = sterkte.getFeedback();
        String waarschuwing = feedback.getWarning(NEDERLANDS);
        if (waarschuwing != null && !waarschuwing.isBlank() && !afgeleid) {
            zinnen.add(waarschuwing);
        }
        zinnen.addAll(feedback.getSuggestions(NEDERLANDS));
        zinnen.add("Een goed wachtwoord bestaat bijvoorbeeld uit vier of meer losse woorden die niet bij elkaar"
                + " horen.");
        return String.join(" ", new LinkedHashSet<>(zinnen));
    }

    private List<String> eigenWoorden(Persoon persoon) {
        Set<String> woorden = new LinkedHashSet<>(platformwoorden.get());
        for (String tekst : new String[] {persoon.gebruikersnaam(), persoon.naam(), persoon.organisatie()}) {
            if (tekst == null || tekst.isBlank()) {
                continue;
            }
            String klein = tekst.strip().toLowerCase(Locale.ROOT);
            woorden.add(klein);
            woorden.add(klein.replaceAll("[^\\p{L}\\p{N}]", ""));
            for (String deel : klein.split("[^\\p{L}\\p{N}]+")) {
                if (deel.length() >= 3) {
                    woorden.add(deel);
                }
            }
        }
        return List.copyOf(woorden);
    }

    private static List<String> platformwoorden(RegioService regioService) {
        List<String> woorden = new ArrayList<>(List.of("jeugdregie", "jeugdregio", "jeugdhulp", "jeugdzorg"));
        String regio = regioService.platformregio();
        woorden.add(regio.toLowerCase(Locale.ROOT));
        Optional<Jeugdregio> gegevens = regioService.jeugdregio(regio);
        gegevens.ifPresent(r -> {
            woorden.add(r.naam().toLowerCase(Locale.ROOT));
            woorden.addAll(List.of(r.naam().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        });
        return woorden;
    }

    private static Zxcvbn bouwSchatter() {
        try {
            List<Dictionary> woordenboeken = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
            woordenboeken.add(new Dictionary("nederlands", nederlandseWoorden()));
            return new ZxcvbnBuilder()
                    .dictionaries(woordenboeken)
                    .keyboards(StandardKeyboards.loadAllKeyboards())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("De woordenlijsten van de wachtwoordcontrole ontbreken", e);
        }
    }

    /** Common Dutch passwords and words they are made of, most common first. */
    private static List<String> nederlandseWoorden() throws IOException {
        try (InputStream lijst =
                Wachtwoordbeleid.class.getResourceAsStream("/beveiliging/nederlandse-wachtwoorden.txt")) {
            if (lijst == null) {
                throw new IOException("beveiliging/nederlandse-wachtwoorden.txt ontbreekt");
            }
            return new String(lijst.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(regel -> !regel.isEmpty() && !regel.startsWith("#"))
                    .map(regel -> regel.toLowerCase(Locale.ROOT))
                    .toList();
        }
    }

    /** Whether zxcvbn found this part among the words of the person, the platform or the region. */
    private static boolean isEigenWoord(Match match) {
        return EIGEN_WOORDEN.equals(match.dictionaryName);
    }
}
