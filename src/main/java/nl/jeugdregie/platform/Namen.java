package nl.jeugdregie.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Code;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.Retourcode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A code with its name, as people read it: {@code Enschede (0153)}, {@code Demo Jeugdhulp (99000001)}, {@code
 * Verhuizing naar een andere gemeente (07)} (the form of {@link Notatie#metCode}). Templates reach it as {@code #namen}; a code nobody names
 * is shown as it is.
 *
 * <p>The names of one {@link Codesoort} come from the module that owns them ({@link Codenamen}), all at once, and are
 * kept until the owner says they changed ({@link #vergeet}) or for at most {@link #BEWAARTIJD}, for changes made
 * outside the platform. A list of a hundred aanbieders costs one query, not a hundred.
 */
@Component
public class Namen {

    /** How long names are kept when nobody says they changed. */
    static final Duration BEWAARTIJD = Duration.ofMinutes(10);

    /** A product in the short notation: categorie, optionally followed by a slash and the code. */
    private static final Pattern PRODUCT = Pattern.compile("([0-9]{2})(?:/([0-9A-Za-z]{1,5}))?");

    private record Opgehaald(Map<String, String> namen, Instant op) {}

    private final Map<Codesoort, Codenamen> bronnen = new EnumMap<>(Codesoort.class);
    private final Map<Codesoort, Opgehaald> bewaard = new ConcurrentHashMap<>();
    private final Clock clock;

    Namen(List<Codenamen> bronnen, Clock clock) {
        bronnen.forEach(bron -> {
            if (this.bronnen.put(bron.soort(), bron) != null) {
                throw new IllegalStateException("Twee bronnen van namen voor " + bron.soort());
            }
        });
        this.clock = clock;
    }

    /** The name of a code, without the code; empty when nobody names it. */
    public Optional<String> naam(Codesoort soort, Object code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(namen(soort).get(code.toString()));
    }

    /** {@code Enschede (0153)}; takes a {@code GemeenteCode} or its four digits. */
    public String gemeente(Object code) {
        return metNaam(Codesoort.GEMEENTE, code);
    }

    /** {@code Twente (JZ14)}. */
    public String jeugdregio(Object code) {
        return metNaam(Codesoort.JEUGDREGIO, code);
    }

    /** {@code Demo Jeugdhulp (99000001)}; takes an {@code AgbCode} or its eight digits. */
    public String aanbieder(Object agb) {
        return metNaam(Codesoort.AANBIEDER, agb);
    }

    /**
     * The sender or receiver of an iJw message: four digits name a gemeente, eight an aanbieder (AGB); anything else
     * stays as it is.
     */
    public String partij(Object code) {
        if (code == null) {
            return "";
        }
        String tekst = code.toString().strip();
        if (tekst.matches("[0-9]{4}")) {
            return gemeente(tekst);
        }
        return tekst.matches("[0-9]{8}") ? aanbieder(tekst) : tekst;
    }

    /** {@code Ambulante jeugdhulp individueel (45A08)}. */
    public String product(Object productcode) {
        return metNaam(Codesoort.PRODUCT, productcode);
    }

    /**
     * The product of a toewijzing, verzoek or prestatie (iJw CDT_Product): with a code, the product's name; with
     * only a categorie (a {@link Productcategorie} or its code), the categorie (aspecifiek); with neither, a generiek
     * product (budget only).
     */
    public String product(Object categorie, Object productcode) {
        if (productcode != null && !productcode.toString().isBlank()) {
            return product(productcode.toString().strip());
        }
        if (categorie == null) {
            return "generiek product (alleen budget)";
        }
        return "aspecifiek: "
                + (categorie instanceof Code code
                        ? Notatie.code(code)
                        : Productcategorie.find(categorie.toString())
                                .map(Notatie::code)
                                .orElse(categorie.toString()));
    }

    /**
     * A list of products in the short iJw notation, {@code categorie/code} or a bare {@code categorie}, separated by
     * commas (as a verzoek lists what it asks for), with each product named: {@code "45/45A08, 43"} becomes {@code
     * "Ambulante jeugdhulp (45A08), aspecifiek: Jeugdhulp met verblijf (43)"}. Other parts stay as they are.
     */
    public String producten(String lijst) {
        if (lijst == null || lijst.isBlank()) {
            return "";
        }
        return Arrays.stream(lijst.split(","))
                .map(String::strip)
                .map(deel -> {
                    Matcher m = PRODUCT.matcher(deel);
                    if (!m.matches()) {
                        return deel;
                    }
                    return Productcategorie.find(m.group(1))
                            .map(categorie -> product(categorie, m.group(2)))
                            .orElse(deel);
                })
                .collect(Collectors.joining(", "));
    }

    /** A code list entry with its meaning: {@code Verhuizing naar een andere gemeente (07)}. */
    public String code(Code code) {
        return Notatie.code(code);
    }

    /** A retourcode (WJ001) with its meaning: {@code Identificatie moet per berichtsoort uniek zijn (9056)}. */
    public String retourcode(Object code) {
        if (code == null) {
            return "";
        }
        String tekst = code.toString();
        return Retourcode.find(tekst).map(Notatie::code).orElse(tekst);
    }

    /**
     * The names of this kind changed: the next question asks the owner again. Inside a transaction they are
     * forgotten once more after the commit, so a page read in between cannot keep the old names.
     */
    public void vergeet(Codesoort soort) {
        bewaard.remove(soort);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    bewaard.remove(soort);
                }
            });
        }
    }

    private String metNaam(Codesoort soort, Object code) {
        if (code == null) {
            return "";
        }
        return Notatie.metCode(naam(soort, code).orElse(null), code.toString());
    }

    private Map<String, String> namen(Codesoort soort) {
        Instant nu = clock.instant();
        Opgehaald opgehaald = bewaard.get(soort);
        if (opgehaald == null || opgehaald.op().plus(BEWAARTIJD).isBefore(nu)) {
            Codenamen bron = bronnen.get(soort);
            opgehaald = new Opgehaald(bron == null ? Map.of() : Map.copyOf(bron.alle()), nu);
            bewaard.put(soort, opgehaald);
        }
        return opgehaald.namen();
    }
}
