package nl.jeugdregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jeugdregie.financien.Taakveld;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a role reaches, as a new user of that role meets it: the start page, the menu, the pages those link to
 * and the detail pages behind them (three clicks deep, on the demo data), one page per kind of address. On each page:
 *
 * <ul>
 *   <li>every visible text, link, button and form field has WCAG 2.1 AA contrast against the background it stands on
 *       ({@code kleurcontrast.js}), and every kind of button and link also when pointed at and when focused;
 *   <li>dates, numbers, amounts and percentages are in Dutch notation: no ISO date, no decimal point;
 *   <li>a full-page screenshot lands in {@code target/schermafbeeldingen/<rol>/}, with {@code pagina's.txt} listing
 *       which file shows which address, for a person to look at.
 * </ul>
 *
 * axe-core does not catch the white-on-white buttons this test was written for: it reports text whose colour equals
 * its background as "needs review", never as a violation.
 */
class RondgangPerRolTests extends InDeBrowser {

    private static final Path SCHERMAFBEELDINGEN = Path.of("target", "schermafbeeldingen");
    private static final int DIEPTE = 4;

    /**
     * Pages reached only through a search form, so no link leads there: the client page of the demo jeugdige with a
     * started toewijzing (its BSN never appears in an address).
     */
    private static final Map<String, Consumer<Page>> ZOEKOPDRACHTEN = Map.of("/toewijzing/clienten", pagina -> {
        pagina.getByLabel("Gemeente").selectOption("0153");
        pagina.getByLabel("BSN").fill("999990032");
        pagina.locator("form[role=search] button[type=submit]").click();
    });

    /** The contrast script; other browser tests use it for one page. */
    static final String KLEURCONTRAST = lees("kleurcontrast.js");

    /** Addresses that are no page: downloads (also the exports as CSV, XLSX and PDF), the API, logging out. */
    private static final Pattern GEEN_PAGINA = Pattern.compile(
            "^/(api|actuator|uitloggen|oauth2|webjars|css|js)(/.*)?$|.*/(download|retour)$|.*\\.(csv|xlsx|pdf)$");

    /** Numbers, identifiers and codes in an address, and user names: one page per kind of address is enough. */
    private static final Pattern KENMERK = Pattern.compile(
            "/([0-9]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|JZ[0-9]{2}|(?<=/gebruikers/)(?!nieuw(?:/|$))[^/]+)(?=/|$)");

    private static final Pattern ISO_DATUM = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /**
     * A decimal point: digits, a dot and one or two digits, not followed by another digit or ".digit" (1.234 is a Dutch
     * thousand; a full stop may end the sentence).
     */
    private static final Pattern DECIMALE_PUNT = Pattern.compile("\\b\\d+\\.\\d{1,2}(?!\\d)(?!\\.\\d)");
    /**
     * Names with a dot that are no number: the iJw version, XSD versions such as 1.0.0 and the Iv3 taakvelden shown
     * with their name ("6.72b Jeugdhulp behandeling").
     */
    private static final Pattern VERSIE = Pattern.compile("iJw 3\\.2|\\b\\d+\\.\\d+\\.\\d+\\b|"
            + Arrays.stream(Taakveld.values())
                    .map(t -> Pattern.quote(t.code()) + "(?=[ ,])")
                    .collect(Collectors.joining("|")));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"beheerder", "backoffice", "inkoop", "analist", "toegang", "aanbieder"})
    void everyPageOfTheRoleIsReadableAndInDutchNotation(String gebruiker) throws IOException {
        Path map = SCHERMAFBEELDINGEN.resolve(gebruiker);
        leegMap(map);
        logInAls(gebruiker);

        Rondgang rondgang = new Rondgang(map);
        rondgang.volg("/", 0);
        while (!rondgang.rij.isEmpty()) {
            Map.Entry<String, Integer> volgende = rondgang.rij.poll();
            String adres = volgende.getKey();
            Response antwoord = page.navigate(url(adres));
            if (antwoord == null || antwoord.status() != 200) {
                rondgang.bevindingen.add(adres + ": antwoord " + (antwoord == null ? "geen" : antwoord.status()));
                continue;
            }
            rondgang.bekijk(adres, volgende.getValue());
            Consumer<Page> zoekopdracht = ZOEKOPDRACHTEN.get(adres);
            if (zoekopdracht != null) {
                zoekopdracht.accept(page);
                page.waitForLoadState();
                rondgang.bekijk(adres + " (zoekresultaat)", volgende.getValue() + 1);
            }
        }
        Files.writeString(
                map.resolve("pagina's.txt"),
                String.join(
                        "\n",
                        rondgang.bezocht.entrySet().stream()
                                .map(e -> e.getKey() + "  " + e.getValue())
                                .toList()));

        assertThat(rondgang.bezocht).as("bezochte pagina's van %s", gebruiker).hasSizeGreaterThan(2);
        assertThat(rondgang.bevindingen)
                .as(() -> "Bevindingen voor " + gebruiker + " op " + rondgang.bezocht.size() + " pagina's:\n"
                        + String.join("\n", rondgang.bevindingen))
                .isEmpty();
    }

    /** What one role's walk has seen, found and still has to visit. */
    private final class Rondgang {

        final Path map;
        final List<String> bevindingen = new ArrayList<>();
        final Map<String, String> bezocht = new LinkedHashMap<>();
        final Set<String> soorten = new HashSet<>();
        final Set<String> gecontroleerdeBediening = new HashSet<>();
        final Deque<Map.Entry<String, Integer>> rij = new ArrayDeque<>();

        Rondgang(Path map) {
            this.map = map;
        }

        void volg(String adres, int diepte) {
            if (soorten.add(soort(adres))) {
                rij.add(Map.entry(adres, diepte));
            }
        }

        /** Checks the page the browser shows, keeps a screenshot and follows its links when not too deep. */
        void bekijk(String adres, int diepte) {
            String bestand = "%02d-%s.png".formatted(bezocht.size() + 1, bestandsnaam(adres));
            bezocht.put(bestand, adres);
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(map.resolve(bestand)).setFullPage(true));
            controleerNotatie(adres, bevindingen);
            controleerContrast(adres, gecontroleerdeBediening, bevindingen);
            if (diepte < DIEPTE) {
                links().forEach(link -> volg(link, diepte + 1));
            }
        }
    }

    private void controleerNotatie(String adres, List<String> bevindingen) {
        String tekst = VERSIE.matcher((String) page.evaluate("() => document.body.innerText"))
                .replaceAll("");
        Matcher iso = ISO_DATUM.matcher(tekst);
        while (iso.find()) {
            bevindingen.add(adres + ": ISO-datum " + iso.group() + " in \"" + omgeving(tekst, iso) + "\"");
        }
        Matcher punt = DECIMALE_PUNT.matcher(tekst);
        while (punt.find()) {
            bevindingen.add(adres + ": decimale punt " + punt.group() + " in \"" + omgeving(tekst, punt) + "\"");
        }
    }

    private void controleerContrast(String adres, Set<String> gecontroleerdeBediening, List<String> bevindingen) {
        Map<String, Object> uitslag = meetContrast(null, "gewoon");
        voegToe(adres, uitslag, bevindingen);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bedienbaar = (List<Map<String, Object>>) uitslag.get("bedienbaar");
        for (Map<String, Object> element : bedienbaar) {
            if (!gecontroleerdeBediening.add((String) element.get("sleutel"))) {
                continue;
            }
            String id = (String) element.get("id");
            Locator locator = page.locator("[data-rondgang='" + id + "']");
            try {
                locator.hover(new Locator.HoverOptions().setTimeout(2_000));
                voegToe(adres, meetContrast(id, "aangewezen"), bevindingen);
                page.mouse().move(0, 0);
            } catch (PlaywrightException e) {
                // not reachable for the mouse (the skip link sits outside the window until it has focus)
            }
            locator.focus();
            voegToe(adres, meetContrast(id, "met focus"), bevindingen);
            locator.blur();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> meetContrast(String alleen, String toestand) {
        Map<String, Object> opties = new LinkedHashMap<>();
        opties.put("alleen", alleen);
        opties.put("toestand", toestand);
        return (Map<String, Object>) page.evaluate(KLEURCONTRAST, opties);
    }

    @SuppressWarnings("unchecked")
    private static void voegToe(String adres, Map<String, Object> uitslag, List<String> bevindingen) {
        for (Map<String, Object> b : (List<Map<String, Object>>) uitslag.get("bevindingen")) {
            bevindingen.add("%s: contrast %s %s (%s) %s op %s = %s:1, minimaal %s:1"
                    .formatted(
                            adres,
                            b.get("soort"),
                            b.get("element"),
                            b.get("toestand"),
                            b.get("voorgrond"),
                            b.get("achtergrond"),
                            b.get("verhouding"),
                            b.get("minimum")));
        }
    }

    /** The links on this page to other pages of the platform, without fragment. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs =
                (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        URI basis = URI.create(url("/"));
        return hrefs.stream()
                .map(URI::create)
                .filter(u -> basis.getHost().equals(u.getHost()) && basis.getPort() == u.getPort())
                .map(u -> u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()))
                .filter(pad -> !GEEN_PAGINA.matcher(pad.replaceAll("\\?.*", "")).matches())
                .distinct()
                .toList();
    }

    /** The kind of page an address shows: the path with its numbers and identifiers left out. */
    private static String soort(String adres) {
        return KENMERK.matcher(adres.replaceAll("\\?.*", "")).replaceAll("/*");
    }

    private static String bestandsnaam(String adres) {
        String naam =
                adres.replaceAll("\\?.*", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return naam.isEmpty() ? "start" : naam;
    }

    private static String omgeving(String tekst, Matcher m) {
        return tekst.substring(Math.max(0, m.start() - 40), Math.min(tekst.length(), m.end() + 40))
                .replaceAll("\\s+", " ");
    }

    private static void leegMap(Path map) throws IOException {
        if (Files.isDirectory(map)) {
            try (Stream<Path> bestanden = Files.list(map)) {
                for (Path bestand : bestanden.toList()) {
                    Files.delete(bestand);
                }
            }
        }
        Files.createDirectories(map);
    }

    /** The function in a script file, without the comment that opens it. */
    private static String lees(String naam) {
        try (InputStream in = RondgangPerRolTests.class.getResourceAsStream(naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)\\A(\\s*//.*\\n)+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
