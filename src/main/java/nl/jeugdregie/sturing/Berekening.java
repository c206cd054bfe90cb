package nl.jeugdregie.sturing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Computes the answers to questions to the indicators from the read models, with as few statements as it can. */
@Component
class Berekening {

    /** Stands in for the period when questions that differ only in their period are grouped (a trend). */
    private static final Rapportageperiode TREND = Rapportageperiode.jaar(2015);

    private final SturingRepository opslag;

    Berekening(SturingRepository opslag) {
        this.opslag = opslag;
    }

    /**
     * Computes the answers to these questions, in their order. Questions on trajecten ({@link
     * SturingRepository#leestTrajecten}) with the same area and selection share one reading of the trajecten; the
     * totals of one such indicator and area over several periods (a trend, no age filter) are one question.
     */
    List<List<Cel>> reken(List<Cijfervraag> vragen) {
        Map<Cijfervraag, List<Cel>> antwoord = new HashMap<>();
        Map<List<Object>, List<Cijfervraag>> perSelectie = new LinkedHashMap<>();
        Map<List<Object>, List<Cijfervraag>> perPeriode = new LinkedHashMap<>();
        for (Cijfervraag vraag : vragen) {
            if (SturingRepository.leestTrajecten(vraag.indicator())) {
                Selectie s = vraag.selectie();
                perSelectie
                        .computeIfAbsent(List.of(vraag.gemeenten(), s), k -> new ArrayList<>())
                        .add(vraag);
                if (s.leeftijd() == null && s.uitsplitsing() == Uitsplitsing.TOTAAL) {
                    perPeriode
                            .computeIfAbsent(
                                    List.of(vraag.indicator(), vraag.gemeenten(), s.metPeriode(TREND)),
                                    k -> new ArrayList<>())
                            .add(vraag);
                }
            }
        }
        for (List<Cijfervraag> trend : perPeriode.values()) {
            if (trend.size() > 1) {
                Cijfervraag eerste = trend.get(0);
                List<List<Cel>> cellen = opslag.trend(
                        eerste.indicator(),
                        eerste.gemeenten(),
                        eerste.selectie(),
                        trend.stream().map(v -> v.selectie().periode()).toList());
                for (int i = 0; i < trend.size(); i++) {
                    antwoord.put(trend.get(i), cellen.get(i));
                }
            }
        }
        for (List<Cijfervraag> samen : perSelectie.values()) {
            List<Cijfervraag> open =
                    samen.stream().filter(v -> !antwoord.containsKey(v)).toList();
            if (open.size() > 1) {
                Cijfervraag eerste = open.get(0);
                List<List<Cel>> cellen = opslag.cijfers(
                        open.stream().map(Cijfervraag::indicator).toList(), eerste.gemeenten(), eerste.selectie());
                for (int i = 0; i < open.size(); i++) {
                    antwoord.put(open.get(i), cellen.get(i));
                }
            }
        }
        return vragen.stream()
                .map(v -> antwoord.computeIfAbsent(v, w -> opslag.cijfers(w.indicator(), w.gemeenten(), w.selectie())))
                .toList();
    }
}
