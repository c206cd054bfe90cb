package nl.jeugdregie.declaratie;

import java.util.List;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.codelijst.Retourcode;

/**
 * The content of the declaratie-antwoord (JW325) per IV087, for the message layer to write. {@code header} holds the
 * Header's retourcodes; {@code declaratieRetourcodes} those of DeclaratieAntwoord: 8001 when every prestatie is
 * accepted, 0200 when some are rejected, or the rule's code when the whole declaratie is rejected (TotaalToegekend
 * then 0). {@code clienten} holds only the rejected prestaties, grouped per client with 0200 on the client.
 */
public record Declaratieantwoord(
        List<Retourcode> header,
        String declaratienummer,
        Bedrag totaalIngediend,
        Bedrag totaalToegekend,
        List<Retourcode> declaratieRetourcodes,
        List<Client> clienten) {

    public Declaratieantwoord {
        header = List.copyOf(header);
        declaratieRetourcodes = List.copyOf(declaratieRetourcodes);
        clienten = List.copyOf(clienten);
    }

    /** A Client of the JW325 with its rejected prestaties. */
    public record Client(Bsn bsn, List<Retourcode> retourcodes, List<AfgewezenPrestatie> prestaties) {

        public Client {
            retourcodes = List.copyOf(retourcodes);
            prestaties = List.copyOf(prestaties);
        }
    }

    /** A rejected Prestatie as it goes back: the prestatie as submitted with one or more retourcodes. */
    public record AfgewezenPrestatie(Prestatie prestatie, List<Retourcode> retourcodes) {

        public AfgewezenPrestatie {
            retourcodes = List.copyOf(retourcodes);
        }
    }
}
