package nl.jeugdregie.declaratie;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/**
 * A toewijzing as the checks need it, read in bulk from {@code toewijzing.v_toewijzingen}: the client only as its
 * pseudonym. Categorie, code, volume, eenheid, frequentie and budget are {@code null} when not given.
 */
record Toewijzingstand(
        Toewijzingnummer nummer,
        GemeenteCode gemeente,
        String clientsleutel,
        AgbCode aanbieder,
        Productcategorie categorie,
        String code,
        Periode periode,
        Long volume,
        Eenheid eenheid,
        Frequentie frequentie,
        Bedrag budget,
        boolean verwijderd) {

    boolean heeftOmvang() {
        return volume != null && eenheid != null && frequentie != null;
    }
}
