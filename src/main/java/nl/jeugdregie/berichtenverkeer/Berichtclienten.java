package nl.jeugdregie.berichtenverkeer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.Element;
import nl.jeugdregie.kern.Bsn;

/** The jeugdigen an iJw message is about: its Client classes, directly under the root or under Declaratie/Clienten. */
final class Berichtclienten {

    private Berichtclienten() {}

    static List<Element> clienten(Bericht bericht) {
        Element clienten = bericht.element().find("Declaratie/Clienten");
        return clienten == null ? bericht.element().children("Client") : clienten.children("Client");
    }

    /**
     * The BSNs of the clients, each once, in order; a BSN that fails the elfproef names no jeugdige and is left out
     * (such a message was refused at level 2).
     */
    static Set<Bsn> bsns(Bericht bericht) {
        Set<Bsn> bsns = new LinkedHashSet<>();
        for (Element client : clienten(bericht)) {
            String bsn = client.text("Bsn");
            if (bsn != null && Bsn.voldoetAanElfproef(bsn)) {
                bsns.add(new Bsn(bsn));
            }
        }
        return bsns;
    }
}
