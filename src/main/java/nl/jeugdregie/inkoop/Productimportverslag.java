package nl.jeugdregie.inkoop;

import java.util.List;

/** What an import of the official product code list changed in the catalogue. */
public record Productimportverslag(
        int regels, int toegevoegd, int gewijzigd, int ongewijzigd, List<String> vervallen, List<String> hersteld) {

    public Productimportverslag {
        vervallen = List.copyOf(vervallen);
        hersteld = List.copyOf(hersteld);
    }
}
