package nl.jeugdregie.toewijzing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Start and stop of the levering (JW305, JW307), checked against the toewijzing and against earlier starts and stops.
 * Each StartProduct or StopProduct is one command; a rejection carries the retourcode for the JW306 or JW308.
 */
@Service
public class ZorgtrajectService {

    private final ToewijzingRepository toewijzingen;
    private final LeveringRepository leveringen;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Opdrachten opdrachten;

    ZorgtrajectService(
            Opdrachten opdrachten,
            ToewijzingRepository toewijzingen,
            LeveringRepository leveringen,
            ApplicationEventPublisher events,
            Clock clock) {
        this.toewijzingen = toewijzingen;
        this.leveringen = leveringen;
        this.events = events;
        this.clock = clock;
        this.opdrachten = opdrachten;
    }

    /** One StartProduct: status 1 starts a levering, status 3 deletes the start with the same key (TR063, TR071). */
    public Uitkomst<Zorgtraject> verwerk(Startmelding m) {
        return verwerk(
                new Sleutel(m.gemeente(), m.nummer(), m.aanbieder(), m.client(), m.product(), m.status()),
                levering -> levering.start(m, nu()),
                m.status() == StatusAanlevering.VERWIJDEREN_AANLEVERING
                        ? new LeveringsmeldingVerwijderd(m.gemeente(), m.nummer(), m.aanbieder(), m.begindatum(), null)
                        : new ZorgGestart(m.gemeente(), m.nummer(), m.aanbieder(), m.begindatum()));
    }

    /** One StopProduct: status 1 ends (reden 20: for a while) a levering, status 3 deletes an earlier stop. */
    public Uitkomst<Zorgtraject> verwerk(Stopmelding m) {
        return verwerk(
                new Sleutel(m.gemeente(), m.nummer(), m.aanbieder(), m.client(), m.product(), m.status()),
                levering -> levering.stop(m, nu()),
                m.status() == StatusAanlevering.VERWIJDEREN_AANLEVERING
                        ? new LeveringsmeldingVerwijderd(
                                m.gemeente(), m.nummer(), m.aanbieder(), m.begindatum(), m.einddatum())
                        : new ZorgGestopt(
                                m.gemeente(), m.nummer(), m.aanbieder(), m.begindatum(), m.einddatum(), m.reden()));
    }

    private record Sleutel(
            GemeenteCode gemeente,
            Toewijzingnummer nummer,
            AgbCode aanbieder,
            Bsn client,
            Productaanduiding product,
            StatusAanlevering status) {}

    /**
     * Checks the link to the toewijzing (TR019), applies the melding under the client lock, stores it and publishes
     * what happened. A deletion (status 3) skips the content checks (TR063) but never the owner: only the aanbieder
     * that was given the toewijzing, for this client, can have sent the melding it deletes.
     */
    private Uitkomst<Zorgtraject> verwerk(Sleutel sleutel, Consumer<Levering> melding, Object gebeurtenis) {
        return opdrachten.voerUit(() -> {
            ToegewezenProduct toewijzing = sleutel.nummer() == null
                    ? null
                    : toewijzingen.stand(sleutel.gemeente(), sleutel.nummer()).orElse(null);
            if (sleutel.status() == StatusAanlevering.VERWIJDEREN_AANLEVERING) {
                vereisEigenMelding(sleutel, toewijzing);
            } else {
                Levering.controleerKoppeling(
                        sleutel.nummer(), toewijzing, sleutel.aanbieder(), sleutel.client(), sleutel.product());
            }
            toewijzingen.vergrendelClient(sleutel.gemeente(), toewijzing.client());
            Levering levering = leveringen.laad(sleutel.gemeente(), sleutel.nummer());
            melding.accept(levering);
            leveringen.bewaar(levering);
            events.publishEvent(gebeurtenis);
            return levering.zorgtraject();
        });
    }

    /**
     * TR063: a deletion needs an earlier melding with the same key from this aanbieder for this client. A toewijzing of
     * another aanbieder or client holds none of its meldingen, and is answered exactly as a toewijzing that does not
     * exist, so the answer reveals nothing of another aanbieder's toewijzingen.
     */
    private static void vereisEigenMelding(Sleutel sleutel, ToegewezenProduct toewijzing) {
        if (toewijzing == null
                || !toewijzing.aanbieder().equals(sleutel.aanbieder())
                || !toewijzing.client().equals(sleutel.client())) {
            throw new RegelOvertreden(
                    "TR063",
                    Retourcode.GEEN_EERDER_BERICHT,
                    sleutel.nummer() == null
                            ? "De melding noemt geen toewijzingnummer; er is geen eerdere melding om te verwijderen."
                            : "Aanbieder " + sleutel.aanbieder() + " heeft voor deze client geen eerdere melding op"
                                    + " toewijzing " + sleutel.nummer() + " gestuurd; er is niets om te verwijderen.");
        }
    }

    /**
     * All StartProducten of one JW305, deletions (status 3) first so that a correction in the same message works
     * (IV008). Each gets its own outcome, in the order given.
     */
    public List<Uitkomst<Zorgtraject>> verwerkStarts(List<Startmelding> meldingen) {
        return inVolgorde(
                meldingen, m -> m.status() == StatusAanlevering.VERWIJDEREN_AANLEVERING ? 0 : 1, this::verwerk);
    }

    /** All StopProducten of one JW307, deletions first (IV008). */
    public List<Uitkomst<Zorgtraject>> verwerkStops(List<Stopmelding> meldingen) {
        return inVolgorde(
                meldingen, m -> m.status() == StatusAanlevering.VERWIJDEREN_AANLEVERING ? 0 : 1, this::verwerk);
    }

    public Zorgtraject zorgtraject(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return leveringen.laad(gemeente, nummer).zorgtraject();
    }

    private LocalDateTime nu() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static <M> List<Uitkomst<Zorgtraject>> inVolgorde(
            List<M> meldingen, ToIntFunction<M> rang, java.util.function.Function<M, Uitkomst<Zorgtraject>> verwerk) {
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < meldingen.size(); i++) {
            volgorde.add(i);
        }
        volgorde.sort(Comparator.comparingInt(i -> rang.applyAsInt(meldingen.get(i))));
        List<Uitkomst<Zorgtraject>> uitkomsten = new ArrayList<>(java.util.Collections.nCopies(meldingen.size(), null));
        for (int i : volgorde) {
            uitkomsten.set(i, verwerk.apply(meldingen.get(i)));
        }
        return uitkomsten;
    }
}
