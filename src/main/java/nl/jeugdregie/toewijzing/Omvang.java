package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;

/** Omvang of a toewijzing (iJw CDT_Omvang): a volume of an eenheid per frequentie, e.g. 10 uur per week. */
public record Omvang(long volume, Eenheid eenheid, Frequentie frequentie) {

    public Omvang {
        if (volume < 0 || volume > 99_999_999L) {
            throw new OngeldigeWaarde("Volume moet tussen 0 en 99999999 liggen, maar is " + volume);
        }
        if (eenheid == null || frequentie == null) {
            throw new OngeldigeWaarde("Een omvang heeft een eenheid en een frequentie");
        }
    }

    public boolean isTotaalBinnenGeldigheidsduur() {
        return frequentie == Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR;
    }

    @Override
    public String toString() {
        String per = switch (frequentie) {
            case PER_DAG -> "per dag";
            case PER_WEEK -> "per week";
            case PER_MAAND -> "per maand";
            case TOTAAL_BINNEN_GELDIGHEIDSDUUR -> "in totaal";
        };
        return Notatie.getal(volume) + " " + eenheid.omschrijving().toLowerCase(java.util.Locale.ROOT) + " " + per;
    }
}
