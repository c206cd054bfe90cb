package nl.jeugdregie.declaratie;

import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.Declaratiestand;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.springframework.stereotype.Component;

/** Tells {@code toewijzing} whether a toewijzing has approved, not credited debet prestaties (TR385, OP362). */
@Component
class GoedgekeurdeDeclaraties implements Declaratiestand {

    private final DeclaratieRepository repository;

    GoedgekeurdeDeclaraties(DeclaratieRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean heeftGoedgekeurdeDeclaraties(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return repository.heeftGoedgekeurdeDeclaraties(gemeente, nummer);
    }
}
