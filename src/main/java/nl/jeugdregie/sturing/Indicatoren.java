package nl.jeugdregie.sturing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every indicator, read once from {@code sql/sturing/indicator/*.sql}, in the order of {@link #VOLGORDE} (the order of
 * the dashboard). A file with an unknown or missing header key stops the start: a definition is never left out.
 */
@Component
public class Indicatoren {

    static final String MAP = "sql/sturing/indicator/";

    /** The order on the dashboard: reach, care, trajecten, outflow, waiting, money, toegang, administration. */
    static final List<String> VOLGORDE = List.of(
            "jongeren-met-jeugdhulp",
            "percentage-jongeren-met-jeugdhulp",
            "aandeel-jeugdhulp-met-verblijf",
            "trajecten-begonnen",
            "aandeel-herhaald-beroep",
            "trajecten-beeindigd",
            "trajecten-lopend",
            "gemiddelde-duur",
            "trajecten-boven-reviewnorm",
            "uitval",
            "reden-beeindiging",
            "wachttijd",
            "kosten",
            "kosten-per-jeugdige",
            "gemiddelde-prijs",
            "zwaarder-dan-advies",
            "besluiten-per-route",
            "berichten-afgekeurd",
            "retour-op-tijd",
            "declaratieregels-afgewezen");

    private static final Pattern KOP = Pattern.compile("^-- ([A-Za-z]+): (.*)$");
    private static final Set<String> SLEUTELS = Set.of(
            "Naam",
            "Definitie",
            "Eenheid",
            "Bron",
            "CBS",
            "Nederland",
            "Uitsplitsingen",
            "Standaarduitsplitsing",
            "Filters",
            "Teller",
            "Noemer");

    private final Map<String, Indicator> indicatoren;

    Indicatoren() {
        this.indicatoren = lees();
    }

    public List<Indicator> alle() {
        return List.copyOf(indicatoren.values());
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicatoren.get(code));
    }

    private static Map<String, Indicator> lees() {
        Map<String, Indicator> gelezen = new LinkedHashMap<>();
        try {
            for (Resource bestand :
                    new PathMatchingResourcePatternResolver().getResources("classpath:" + MAP + "*.sql")) {
                String naam = bestand.getFilename();
                String code = naam.substring(0, naam.length() - ".sql".length());
                gelezen.put(code, ontleed(code, bestand.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!gelezen.keySet().equals(Set.copyOf(VOLGORDE))) {
            throw new IllegalStateException(
                    "De indicatoren in " + MAP + " wijken af van de volgorde: " + gelezen.keySet());
        }
        Map<String, Indicator> geordend = new LinkedHashMap<>();
        VOLGORDE.forEach(code -> geordend.put(code, gelezen.get(code)));
        return geordend;
    }

    /** The indicator of one SQL file: its header lines, then the query. */
    static Indicator ontleed(String code, String inhoud) {
        Map<String, String> kop = new LinkedHashMap<>();
        for (String regel : inhoud.lines().toList()) {
            if (!regel.startsWith("--")) {
                break;
            }
            Matcher m = KOP.matcher(regel);
            if (!m.matches() || !SLEUTELS.contains(m.group(1))) {
                throw new IllegalStateException(code + ": onbekende kopregel '" + regel + "'");
            }
            kop.put(m.group(1), m.group(2).strip());
        }
        for (String verplicht : List.of("Naam", "Definitie", "Eenheid", "Bron")) {
            if (!kop.containsKey(verplicht)) {
                throw new IllegalStateException(code + ": de kop mist '" + verplicht + "'");
            }
        }
        List<Uitsplitsing> uitsplitsingen = new ArrayList<>();
        for (String u : lijst(kop.get("Uitsplitsingen"))) {
            uitsplitsingen.add(Uitsplitsing.vanCode(u)
                    .orElseThrow(() -> new IllegalStateException(code + ": onbekende uitsplitsing " + u)));
        }
        Set<Filter> filters = EnumSet.noneOf(Filter.class);
        if (kop.containsKey("Filters")) {
            for (String f : lijst(kop.get("Filters"))) {
                filters.add(Filter.vanCode(f)
                        .orElseThrow(() -> new IllegalStateException(code + ": onbekend filter " + f)));
            }
        } else {
            filters.addAll(EnumSet.allOf(Filter.class));
        }
        Uitsplitsing standaard = kop.containsKey("Standaarduitsplitsing")
                ? Uitsplitsing.vanCode(kop.get("Standaarduitsplitsing"))
                        .orElseThrow(() -> new IllegalStateException(code + ": onbekende standaarduitsplitsing"))
                : Uitsplitsing.TOTAAL;
        Eenheid eenheid = Eenheid.vanCode(kop.get("Eenheid"));
        return new Indicator(
                code,
                kop.get("Naam"),
                kop.get("Definitie"),
                eenheid,
                kop.get("Bron"),
                kop.getOrDefault("CBS", ""),
                kop.getOrDefault("Nederland", ""),
                List.copyOf(uitsplitsingen),
                standaard,
                Set.copyOf(filters),
                kop.getOrDefault("Teller", "Teller"),
                kop.getOrDefault("Noemer", eenheid == Eenheid.PROCENT || eenheid == Eenheid.DAGEN ? "Noemer" : ""),
                inhoud);
    }

    private static List<String> lijst(String waarde) {
        return waarde == null
                ? List.of()
                : Arrays.stream(waarde.split(",")).map(String::strip).toList();
    }
}
