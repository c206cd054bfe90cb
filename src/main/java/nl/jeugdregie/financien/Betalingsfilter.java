package nl.jeugdregie.financien;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;

/**
 * Which received declaraties to show or export; every part may be empty (then it does not filter).
 *
 * @param periode the month of the declaratieperiode
 */
public record Betalingsfilter(GemeenteCode gemeente, AgbCode aanbieder, YearMonth periode, Betaalstatus status) {

    public static final Betalingsfilter ALLES = new Betalingsfilter(null, null, null, null);

    /**
     * Reads the filter as typed (page) or sent (API): gemeente as CBS code, aanbieder as AGB code, periode as {@code
     * jjjj-mm}, status {@code te-betalen} or {@code betaald}. Every invalid part is reported at once.
     */
    public static Betalingsfilter lees(String gemeente, String aanbieder, String periode, String status) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        GemeenteCode g = deel(fouten, "gemeente", gemeente, GemeenteCode::parse);
        AgbCode a = deel(fouten, "aanbieder", aanbieder, AgbCode::new);
        YearMonth p = deel(fouten, "periode", periode, Betalingsfilter::maand);
        Betaalstatus s = deel(fouten, "status", status, Betalingsfilter::status);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Betalingsfilter(g, a, p, s);
    }

    public Betalingsfilter metStatus(Betaalstatus status) {
        return new Betalingsfilter(gemeente, aanbieder, periode, status);
    }

    private static <T> T deel(List<OngeldigeParameter> fouten, String veld, String tekst, Function<String, T> lees) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return lees.apply(tekst.strip());
        } catch (OngeldigeWaarde e) {
            fouten.add(new OngeldigeParameter(veld, e.getMessage()));
            return null;
        }
    }

    private static YearMonth maand(String tekst) {
        String fout = "Periode is geen maand; verwacht jjjj-mm, bijvoorbeeld 2026-11";
        if (!tekst.matches("[0-9]{4}-[0-9]{2}")) {
            throw new OngeldigeWaarde(fout);
        }
        try {
            YearMonth maand = YearMonth.parse(tekst);
            if (maand.getYear() < BegrotingService.EERSTE_JAAR || maand.getYear() > BegrotingService.LAATSTE_JAAR) {
                throw new OngeldigeWaarde("Periode " + tekst + " ligt niet tussen " + BegrotingService.EERSTE_JAAR
                        + " en " + BegrotingService.LAATSTE_JAAR);
            }
            return maand;
        } catch (DateTimeParseException e) {
            throw new OngeldigeWaarde(fout);
        }
    }

    private static Betaalstatus status(String tekst) {
        return Betaalstatus.find(tekst)
                .filter(s -> s != Betaalstatus.NIETS_GOEDGEKEURD)
                .orElseThrow(() -> new OngeldigeWaarde("Status bestaat niet; kies te-betalen of betaald"));
    }
}
