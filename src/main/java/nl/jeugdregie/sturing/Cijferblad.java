package nl.jeugdregie.sturing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.kern.GemeenteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of the indicators, kept in {@code sturing.cijferblad} as they were computed, so a dashboard view reads
 * them instead of computing them again. An answer is used only while it is current: no change of the read models to
 * one of its gemeenten since the snapshot it was computed from (the triggers of {@code V5__cijferblad.sql} note every
 * change, on every path), and the small views of other modules it read (the product catalogue, the population) still
 * hold what they held. Indicators that read larger views of other modules (besluiten, berichten) have no such guarantee
 * and are always computed.
 *
 * <p>In the background ({@link #rekenVooruit()}) answers asked for in the last day that a change made outdated are
 * computed again, so the next view finds them current; one node of a cluster does so at a time.
 */
@Component
class Cijferblad {

    private static final Logger log = LoggerFactory.getLogger(Cijferblad.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Cel>> CELLEN = new TypeReference<>() {};
    private static final Pattern VIEW = Pattern.compile(
            "\\b(?:inkoop|regio|toegang|toewijzing|declaratie|berichtenverkeer|jeugdige)\\.v_[a-z0-9_]+");
    /** Views small enough to fingerprint on every question; an indicator reading any other view is not kept. */
    static final Set<String> KLEINE_VIEWS = Set.of("inkoop.v_producten", "regio.v_jeugd_0_17");

    private static final int PER_RONDE = 100;
    private static final Duration GEVRAAGD_BINNEN = Duration.ofDays(1);
    private static final Duration BEWAARD = Duration.ofDays(7);
    private static final Duration OPRUIMEN_ELKE = Duration.ofMinutes(10);

    private final CijferbladRepository opslag;
    private final Berekening berekening;
    private final Indicatoren indicatoren;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;
    private final boolean aan;
    private final boolean vooruit;
    private volatile Instant opgeruimd = Instant.EPOCH;

    Cijferblad(
            CijferbladRepository opslag,
            Berekening berekening,
            Indicatoren indicatoren,
            PlatformTransactionManager transacties,
            Clock clock,
            @Value("${jeugdregie.sturing.cijferblad.aan:true}") boolean aan,
            @Value("${jeugdregie.sturing.cijferblad.vooruitrekenen:true}") boolean vooruit) {
        this.opslag = opslag;
        this.berekening = berekening;
        this.indicatoren = indicatoren;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.aan = aan;
        this.vooruit = vooruit;
    }

    /** The views of other modules an indicator's question reads. */
    static Set<String> views(Indicator indicator) {
        Set<String> views = new TreeSet<>();
        Matcher m = VIEW.matcher(indicator.sql());
        while (m.find()) {
            views.add(m.group());
        }
        return views;
    }

    /** Whether answers of this indicator are kept: it reads only the read models and small views. */
    static boolean bewaarbaar(Indicator indicator) {
        return KLEINE_VIEWS.containsAll(views(indicator));
    }

    /**
     * The answers to these questions, in their order: current kept answers where there are, the others from {@code
     * reken}, which gets the questions without one (in the same order) and answers each. What {@code reken} answers to a
     * question that may be kept, is kept.
     */
    List<List<Cel>> antwoorden(List<Cijfervraag> vragen, Function<List<Cijfervraag>, List<List<Cel>>> reken) {
        if (!aan || vragen.isEmpty()) {
            return reken.apply(vragen);
        }
        String momentopname = opslag.momentopname();
        Map<String, String> bronnen =
                bronnen(vragen.stream().map(Cijfervraag::indicator).toList());
        List<String> sleutels = vragen.stream()
                .filter(v -> bronnen.containsKey(v.indicator().code()))
                .map(Cijfervraag::sleutel)
                .distinct()
                .toList();
        Map<String, List<Cel>> gevonden = new HashMap<>();
        if (!sleutels.isEmpty()) {
            for (CijferbladRepository.Opgeslagen o : opslag.actueel(sleutels)) {
                String indicator = o.sleutel().substring(0, o.sleutel().indexOf('|'));
                if (o.bronnen().equals(bronnen.get(indicator))) {
                    gevonden.put(o.sleutel(), JSON.readValue(o.rijen(), CELLEN));
                }
            }
        }
        List<Cijfervraag> open =
                vragen.stream().filter(v -> !gevonden.containsKey(v.sleutel())).toList();
        if (!open.isEmpty()) {
            long begin = System.nanoTime();
            List<List<Cel>> berekend = reken.apply(open);
            long ms = Duration.ofNanos(System.nanoTime() - begin).toMillis() / open.size();
            for (int i = 0; i < open.size(); i++) {
                Cijfervraag vraag = open.get(i);
                gevonden.put(vraag.sleutel(), berekend.get(i));
                String bron = bronnen.get(vraag.indicator().code());
                if (bron != null) {
                    bewaar(vraag, momentopname, bron, berekend.get(i), ms);
                }
            }
        }
        if (gevonden.size() > open.size()) {
            gevraagd(sleutels);
        }
        return vragen.stream().map(v -> gevonden.get(v.sleutel())).toList();
    }

    /** The fingerprint of the views each indicator that may be kept reads, by its code; the others are absent. */
    private Map<String, String> bronnen(List<Indicator> gevraagd) {
        Map<String, String> afdrukken = new HashMap<>();
        Map<String, String> perIndicator = new LinkedHashMap<>();
        for (Indicator indicator : new LinkedHashSet<>(gevraagd)) {
            if (!bewaarbaar(indicator)) {
                continue;
            }
            StringBuilder bron = new StringBuilder();
            for (String view : views(indicator)) {
                bron.append(view)
                        .append('=')
                        .append(afdrukken.computeIfAbsent(view, opslag::vingerafdruk))
                        .append(';');
            }
            perIndicator.put(indicator.code(), bron.toString());
        }
        return perIndicator;
    }

    private void bewaar(Cijfervraag vraag, String momentopname, String bronnen, List<Cel> rijen, long ms) {
        try {
            eigenTransactie.executeWithoutResult(s -> opslag.bewaar(
                    vraag,
                    vraagJson(vraag),
                    momentopname,
                    bronnen,
                    JSON.writeValueAsString(rijen),
                    clock.instant(),
                    ms));
        } catch (DataAccessException e) {
            // Keeping an answer saves time later; failing to keep it must not fail the view that asked.
            log.warn("Antwoord {} niet bewaard: {}", vraag.sleutel(), e.getMessage());
        }
    }

    private void gevraagd(List<String> sleutels) {
        try {
            eigenTransactie.executeWithoutResult(s -> opslag.gevraagd(sleutels, clock.instant()));
        } catch (DataAccessException e) {
            log.warn("Vraagmoment van {} antwoorden niet bijgewerkt: {}", sleutels.size(), e.getMessage());
        }
    }

    // --- ahead of the next view ---

    @Scheduled(
            fixedDelayString = "${jeugdregie.sturing.cijferblad.interval:PT2S}",
            initialDelayString = "${jeugdregie.sturing.cijferblad.interval:PT2S}")
    void periodiek() {
        if (aan && vooruit) {
            try {
                rekenVooruit();
            } catch (DataAccessException e) {
                log.warn("Vooruitrekenen van de sturingsinformatie mislukt: {}", e.getMessage());
            }
        }
    }

    /**
     * Computes again the answers asked for in the last day that a change made outdated, most recently asked first, at
     * most {@value #PER_RONDE} per round; every ten minutes also forgets what is no longer needed. Answers how many it
     * computed; 0 when another node is doing this now.
     */
    int rekenVooruit() {
        Integer berekend = new TransactionTemplate(eigenTransactie.getTransactionManager()).execute(s -> {
            if (!opslag.alleenRekenen()) {
                return 0;
            }
            Instant nu = clock.instant();
            Map<String, String> bronnen = bronnen(indicatoren.alle());
            List<CijferbladRepository.Verouderd> verouderd = opslag.verouderd(
                    nu.minus(GEVRAAGD_BINNEN), List.copyOf(bronnen.keySet()), List.copyOf(bronnen.values()), PER_RONDE);
            List<Cijfervraag> vragen = verouderd.stream()
                    .map(v -> vraag(v.vraag()))
                    .filter(v -> v != null && bronnen.containsKey(v.indicator().code()))
                    .toList();
            if (!vragen.isEmpty()) {
                String momentopname = opslag.momentopname();
                long begin = System.nanoTime();
                List<List<Cel>> rijen = berekening.reken(vragen);
                long ms = Duration.ofNanos(System.nanoTime() - begin).toMillis() / vragen.size();
                for (int i = 0; i < vragen.size(); i++) {
                    Cijfervraag vraag = vragen.get(i);
                    bewaar(vraag, momentopname, bronnen.get(vraag.indicator().code()), rijen.get(i), ms);
                }
            }
            if (Duration.between(opgeruimd, Instant.now()).compareTo(OPRUIMEN_ELKE) >= 0) {
                opslag.schuifMomentopnamenOp();
                opslag.ruimOp(nu.minus(BEWAARD));
                opgeruimd = Instant.now();
            }
            return vragen.size();
        });
        return berekend == null ? 0 : berekend;
    }

    // --- the question as stored ---

    private static String vraagJson(Cijfervraag vraag) {
        Selectie s = vraag.selectie();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", vraag.indicator().code());
        json.put("gemeenten", vraag.gemeenten());
        json.put("periode", s.periode().code());
        json.put("leeftijd", s.leeftijd() == null ? null : s.leeftijd().code());
        json.put("hulpvorm", s.hulpvorm());
        json.put("verwijzer", s.verwijzer());
        json.put("aanbieder", s.aanbieder());
        json.put("uitsplitsing", s.uitsplitsing().code());
        return JSON.writeValueAsString(json);
    }

    /** The stored question again; null when it no longer fits (an indicator or breakdown that is gone). */
    private Cijfervraag vraag(String json) {
        Map<String, Object> v = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        List<String> gemeenten = new ArrayList<>((List<String>) v.get("gemeenten"));
        var indicator = indicatoren.indicator((String) v.get("indicator"));
        var uitsplitsing = Uitsplitsing.vanCode((String) v.get("uitsplitsing"));
        var leeftijd = Leeftijdsklasse.vanCode(String.valueOf(v.get("leeftijd")));
        if (indicator.isEmpty()
                || uitsplitsing.isEmpty()
                || gemeenten.isEmpty()
                || (v.get("leeftijd") != null && leeftijd.isEmpty())) {
            return null;
        }
        Selectie selectie = new Selectie(
                GemeenteCode.parse(gemeenten.get(0)),
                Rapportageperiode.van((String) v.get("periode")),
                leeftijd.orElse(null),
                (String) v.get("hulpvorm"),
                (String) v.get("verwijzer"),
                (String) v.get("aanbieder"),
                uitsplitsing.get());
        return new Cijfervraag(indicator.get(), gemeenten, selectie);
    }
}
