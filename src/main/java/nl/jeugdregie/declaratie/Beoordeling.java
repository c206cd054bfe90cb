package nl.jeugdregie.declaratie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.codelijst.Retourcode;

/**
 * The outcome of checking one declaratie: either the whole declaratie is rejected ({@code afkeuring}, e.g. TR333; then
 * nothing is stored and nothing is toegekend) or each prestatie is accepted or rejected on its own. {@code
 * declaratieId} is the stored declaratie, absent when rejected as a whole.
 */
public record Beoordeling(
        Declaratie declaratie,
        Long declaratieId,
        Afkeuring afkeuring,
        List<Prestatiebeoordeling> prestaties,
        Bedrag totaalIngediend,
        Bedrag totaalToegekend) {

    public Beoordeling {
        prestaties = List.copyOf(prestaties);
    }

    public Optional<Afkeuring> afkeuringVanDeclaratie() {
        return Optional.ofNullable(afkeuring);
    }

    public List<Prestatiebeoordeling> afgewezen() {
        return prestaties.stream().filter(p -> !p.isGoedgekeurd()).toList();
    }

    public List<Prestatiebeoordeling> goedgekeurd() {
        return prestaties.stream().filter(Prestatiebeoordeling::isGoedgekeurd).toList();
    }

    /** The JW325 content per IV087: only rejected prestaties, grouped per client, and both totals. */
    public Declaratieantwoord antwoord() {
        if (afkeuring != null && afkeuring.retourcode() == Retourcode.TECHNISCH_AFGEKEURD) {
            return new Declaratieantwoord(
                    List.of(Retourcode.TECHNISCH_AFGEKEURD),
                    declaratie.declaratienummer(),
                    totaalIngediend,
                    Bedrag.NUL,
                    List.of(),
                    List.of());
        }
        if (afkeuring != null) {
            return new Declaratieantwoord(
                    List.of(Retourcode.GEEN_OPMERKING),
                    declaratie.declaratienummer(),
                    totaalIngediend,
                    Bedrag.NUL,
                    List.of(afkeuring.retourcode()),
                    List.of());
        }
        Map<Bsn, List<Declaratieantwoord.AfgewezenPrestatie>> perClient = new LinkedHashMap<>();
        for (Prestatiebeoordeling p : afgewezen()) {
            perClient
                    .computeIfAbsent(p.prestatie().client(), c -> new ArrayList<>())
                    .add(new Declaratieantwoord.AfgewezenPrestatie(p.prestatie(), p.retourcodes()));
        }
        List<Declaratieantwoord.Client> clienten = perClient.entrySet().stream()
                .map(e -> new Declaratieantwoord.Client(e.getKey(), List.of(Retourcode.GEEN_OPMERKING), e.getValue()))
                .toList();
        return new Declaratieantwoord(
                List.of(Retourcode.GEEN_OPMERKING),
                declaratie.declaratienummer(),
                totaalIngediend,
                totaalToegekend,
                List.of(clienten.isEmpty() ? Retourcode.DECLARATIE_VOLLEDIG_TOEGEWEZEN : Retourcode.GEEN_OPMERKING),
                clienten);
    }
}
