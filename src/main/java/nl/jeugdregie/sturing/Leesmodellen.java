package nl.jeugdregie.sturing;

import java.time.Clock;
import java.util.List;
import nl.jeugdregie.declaratie.DeclaratieBeoordeeld;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.LeveringsmeldingVerwijderd;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.ZorgGestart;
import nl.jeugdregie.toewijzing.ZorgGestopt;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read models up to date from the events of the other modules, each in a transaction of its own after the
 * change committed; the event publication registry retries a listener that failed. A start, stop or deletion rebuilds
 * the leveringen and trajecten of that jeugdige (merging depends on all of them); an approved declaratie adds its
 * amounts once.
 */
@Component
class Leesmodellen {

    static final String TRAJECTEN = "trajecten";
    static final String KOSTEN = "kosten";

    private final SturingRepository opslag;
    private final Clock clock;

    Leesmodellen(SturingRepository opslag, Clock clock) {
        this.opslag = opslag;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void bijStart(ZorgGestart start) {
        vernieuw(start.gemeente(), start.nummer());
    }

    @ApplicationModuleListener
    void bijStop(ZorgGestopt stop) {
        vernieuw(stop.gemeente(), stop.nummer());
    }

    @ApplicationModuleListener
    void bijVerwijdering(LeveringsmeldingVerwijderd verwijderd) {
        vernieuw(verwijderd.gemeente(), verwijderd.nummer());
    }

    @ApplicationModuleListener
    void bijBeoordeling(DeclaratieBeoordeeld beoordeeld) {
        if (beoordeeld.declaratieId() != null) {
            opslag.voegKostenToe(beoordeeld.declaratieId(), clock.instant());
        } else {
            opslag.voegOordeelToe(
                    beoordeeld.gemeente().value(),
                    beoordeeld.aanbieder().value(),
                    beoordeeld.declaratienummer(),
                    clock.instant().atZone(clock.getZone()).toLocalDate(),
                    beoordeeld.prestaties(),
                    beoordeeld.afgewezen());
        }
        opslag.bijgewerkt(KOSTEN, clock.instant());
    }

    private void vernieuw(GemeenteCode gemeente, Toewijzingnummer nummer) {
        opslag.vernieuwJeugdigen(opslag.jeugdigenVan(gemeente.value(), List.of(nummer.value())));
        opslag.bijgewerkt(TRAJECTEN, clock.instant());
    }
}
