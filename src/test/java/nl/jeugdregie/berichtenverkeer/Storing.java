package nl.jeugdregie.berichtenverkeer;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A failure a test arms for one message: processing breaks off after every other check and effect
 * of that message has run, as a crash of the node would. Unarmed it does nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class Storing implements Inhoudelijkecontrole {

    private static final AtomicReference<String> identificatie = new AtomicReference<>();

    static void bij(String berichtIdentificatie) {
        identificatie.set(berichtIdentificatie);
    }

    static void herstel() {
        identificatie.set(null);
    }

    @Override
    public Set<BerichtType> berichttypen() {
        return Set.of(BerichtType.values());
    }

    @Override
    public List<Retourcodes> verwerk(Bericht bericht, Berichtgegevens gegevens) {
        if (gegevens.identificatie().equals(identificatie.get())) {
            throw new IllegalStateException(
                    "Gesimuleerde storing tijdens de verwerking van " + gegevens.identificatie());
        }
        return List.of();
    }
}
