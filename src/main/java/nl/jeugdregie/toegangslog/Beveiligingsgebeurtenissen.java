package nl.jeugdregie.toegangslog;

import nl.jeugdregie.beveiliging.InlogMislukt;
import nl.jeugdregie.beveiliging.ToegangGeweigerd;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the security events of {@code beveiliging} in the toegangslog: failed logins (the name as
 * typed, the client address and the reason) and refused access. Handled when the transaction the
 * event was published in has ended, committed or rolled back (or at once without one), each in a
 * transaction of its own: the refusal stays on record even though the refused work was undone, and
 * never waits for the chain's lock held by the request itself.
 */
@Component
class Beveiligingsgebeurtenissen {

    private final Toegangslog toegangslog;

    Beveiligingsgebeurtenissen(Toegangslog toegangslog) {
        this.toegangslog = toegangslog;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void inlogMislukt(InlogMislukt poging) {
        toegangslog.registreerBeveiligingsgebeurtenis(
                poging.gebruikersnaam(),
                "",
                "",
                Actie.INLOGGEN_MISLUKT,
                poging.reden().omschrijving(),
                poging.kanaal() + ", adres " + poging.adres());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void toegangGeweigerd(ToegangGeweigerd weigering) {
        toegangslog.registreerBeveiligingsgebeurtenis(
                weigering.gebruikersnaam(),
                weigering.rollen(),
                weigering.organisatie(),
                Actie.TOEGANG_GEWEIGERD,
                weigering.wat(),
                weigering.toelichting());
    }
}
