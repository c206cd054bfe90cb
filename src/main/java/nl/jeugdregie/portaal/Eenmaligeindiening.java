package nl.jeugdregie.portaal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Kanaal;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one message of the portal into the inbox once per request key: a request repeated with the same key (a double
 * click, a retried POST, two at the same moment) gets the message of the first and sends nothing. The message, what
 * the portal keeps with it and the key commit together or not at all.
 */
@Component
class Eenmaligeindiening {

    private final Berichtenbus bus;
    private final PortaalRepository opslag;
    private final TransactionTemplate transactie;
    private final java.time.Clock clock;

    Eenmaligeindiening(
            Berichtenbus bus, PortaalRepository opslag, PlatformTransactionManager transacties, java.time.Clock clock) {
        this.bus = bus;
        this.opslag = opslag;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    /** A message ready to go, and what to store with it (given the id of the message) in the same transaction. */
    record Voorbereid(BerichtType type, byte[] inhoud, java.util.function.Consumer<java.util.UUID> daarna) {}

    /**
     * Sends the message {@code maak} builds under a new Identificatie, unless a request with this key already sent one.
     */
    Indiening dienIn(Gebruiker gebruiker, String sleutel, Function<String, Voorbereid> maak) {
        AgbCode aanbieder = gebruiker.aanbieder();
        String eigenSleutel = vereisSleutel(sleutel);
        return transactie.execute(status -> {
            opslag.vergrendel(aanbieder, eigenSleutel);
            Optional<PortaalRepository.EerdereIndiening> eerder = opslag.indiening(aanbieder, eigenSleutel);
            if (eerder.isPresent()) {
                PortaalRepository.EerdereIndiening e = eerder.get();
                return new Indiening(
                        e.bericht(),
                        e.berichttype(),
                        e.identificatie(),
                        bus.gegevens(e.bericht()).status(),
                        true);
            }
            String identificatie = opslag.volgendeIdentificatie();
            Voorbereid bericht = maak.apply(identificatie);
            String type = bericht.type().name();
            Berichtenbus.Ontvangst ontvangst = bus.ontvang(
                    bericht.inhoud(), Kanaal.PORTAAL, type.toLowerCase(Locale.ROOT) + "-" + identificatie + ".xml");
            opslag.bewaarIndiening(
                    aanbieder,
                    eigenSleutel,
                    type,
                    ontvangst.id(),
                    identificatie,
                    gebruiker.gebruikersnaam(),
                    clock.instant());
            bericht.daarna().accept(ontvangst.id());
            return new Indiening(ontvangst.id(), type, identificatie, ontvangst.status(), false);
        });
    }

    private static String vereisSleutel(String sleutel) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 100) {
            throw new OngeldigeInvoer("sleutel", "Een verzoek heeft een sleutel van 1 tot 100 tekens.");
        }
        return sleutel;
    }
}
