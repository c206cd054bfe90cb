package nl.jeugdregie.portaal;

import java.util.List;
import nl.jeugdregie.toewijzing.Toewijzingsversie;

/** One toewijzing of the aanbieder with its history, its levering and the outcomes measured at its stops. */
public record Toewijzingsdossier(
        Toewijzingsregel regel, List<Toewijzingsversie> versies, List<Leveringsuitkomst> uitkomsten) {}
