package nl.jeugdregie.toewijzing;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Persoonsregistratie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients of the gemeente's toewijzingen as the register of jeugdigen ({@link Jeugdigenregister}) knows them:
 * what a JW301 carries about the client besides the BSN. When the gemeente records new data, the toewijzingen of the
 * client are announced ({@link ClientgegevensVastgelegd}) so that their JW301 can go out.
 *
 * <p>Pages check the caller's gemeente and log the access; this service is also used by the outbox and the processing
 * of received messages, which run as the system.
 */
@Service
public class ClientService {

    private final Jeugdigenregister register;
    private final ToewijzingRepository toewijzingen;
    private final ApplicationEventPublisher events;

    ClientService(Jeugdigenregister register, ToewijzingRepository toewijzingen, ApplicationEventPublisher events) {
        this.register = register;
        this.toewijzingen = toewijzingen;
        this.events = events;
    }

    /**
     * The client's data in the register when {@code gemeente} knows the client (its woonplaats now or before, a
     * verzoek, a toewijzing); empty otherwise, so a BSN typed by a worker of another gemeente reveals nothing.
     */
    public Optional<Persoonsregistratie> gegevens(GemeenteCode gemeente, Bsn client) {
        Optional<Persoonsregistratie> bekend = register.registratieBekendBij(client, gemeente);
        return bekend.isPresent() || toewijzingen.vanClient(gemeente, client).isEmpty()
                ? bekend
                : register.registratie(client);
    }

    /** Records the data as the gemeente knows them (from the BRP or the intake); they take precedence from now on. */
    @Transactional
    public void legVast(GemeenteCode gemeente, Bsn client, Persoonsgegevens gegevens) {
        toewijzingen.vergrendelClient(gemeente, client);
        register.legVast(gemeente, client, gegevens);
        events.publishEvent(new ClientgegevensVastgelegd(gemeente, nummersVan(gemeente, client)));
    }

    /** See {@link Jeugdigenregister#neemOverUitVerzoek}. */
    @Transactional
    public boolean neemOverUitVerzoek(GemeenteCode gemeente, AgbCode aanbieder, Bsn client, Persoonsgegevens gegevens) {
        toewijzingen.vergrendelClient(gemeente, client);
        return register.neemOverUitVerzoek(gemeente, aanbieder, client, gegevens);
    }

    private List<Toewijzingnummer> nummersVan(GemeenteCode gemeente, Bsn client) {
        return toewijzingen.vanClient(gemeente, client).stream()
                .map(ToegewezenProduct::nummer)
                .toList();
    }
}
