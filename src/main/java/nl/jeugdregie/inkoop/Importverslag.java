package nl.jeugdregie.inkoop;

import java.util.List;

/**
 * The report of a waiting-time import.
 *
 * @param regels the number of data lines in the feed
 * @param geimporteerd lines stored (new entries plus updated ones)
 * @param nietGekoppeld lines whose aanbieder is not in the register (by AGB code or name)
 * @param fouten lines that could not be used, with the reason
 * @param overgeslagen lines deliberately left out (e.g. care for adults)
 * @param waarschuwingen lines stored with a remark (e.g. a date in the future, a month without day)
 * @param proef whether this was a trial run that stored nothing
 */
public record Importverslag(
        int regels,
        int geimporteerd,
        int nieuw,
        int bijgewerkt,
        List<Importmelding> nietGekoppeld,
        List<Importmelding> fouten,
        List<Importmelding> overgeslagen,
        List<Importmelding> waarschuwingen,
        boolean proef) {

    public Importverslag {
        nietGekoppeld = List.copyOf(nietGekoppeld);
        fouten = List.copyOf(fouten);
        overgeslagen = List.copyOf(overgeslagen);
        waarschuwingen = List.copyOf(waarschuwingen);
    }
}
