package nl.jeugdregie.ijw.regels;

import java.util.List;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Bevinding;
import nl.jeugdregie.ijw.Controle;

/** The built-in level 2 rules (and higher-level rules decidable within one message). */
public final class Berichtregels implements Controle {

    @Override
    public void bekijk(Klasse klasse, List<Bevinding> uit) {}

    @Override
    public void afronden(BerichtType bericht, List<Bevinding> uit) {}
}
