package nl.jeugdregie.declaratie;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;

/**
 * A declaratie (JW323) as the message layer reads it: the Header's afzender (aanbieder), ontvanger (gemeente) and
 * BerichtIdentificatie, the Declaratie's DeclaratieNummer, DeclaratiePeriode, DeclaratieDagtekening and
 * TotaalIngediendBedrag, and every Prestatie with the Bsn of its Client.
 */
public record Declaratie(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String berichtIdentificatie,
        String declaratienummer,
        Periode declaratieperiode,
        LocalDate dagtekening,
        Bedrag totaalBedrag,
        DebetCredit totaalDebetCredit,
        List<Prestatie> prestaties) {

    public Declaratie {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(totaalDebetCredit, "totaalDebetCredit");
        if (declaratienummer == null || !declaratienummer.matches("[a-zA-Z0-9]{1,12}")) {
            throw new OngeldigeWaarde("DeclaratieNummer bestaat uit 1 tot 12 letters en cijfers: " + declaratienummer);
        }
        if (declaratieperiode == null || declaratieperiode.isOpen()) {
            throw new OngeldigeWaarde("Een DeclaratiePeriode heeft een begin- en einddatum");
        }
        if (totaalBedrag == null || totaalBedrag.isNegatief()) {
            throw new OngeldigeWaarde("TotaalIngediendBedrag is een positief bedrag met DebetCredit");
        }
        if (prestaties == null || prestaties.isEmpty()) {
            throw new OngeldigeWaarde("Een declaratie heeft minstens een prestatie");
        }
        prestaties = List.copyOf(prestaties);
    }

    /** TotaalIngediendBedrag with its sign: negative when credit. */
    public Bedrag totaalSaldo() {
        return totaalDebetCredit == DebetCredit.CREDIT ? totaalBedrag.negatief() : totaalBedrag;
    }
}
