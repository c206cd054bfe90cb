package nl.jeugdregie.sturing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work list behind the indicator "lopende trajecten langer dan de reviewnorm": per running traject past the norm
 * the aanbieder, product, begin, duration and the toewijzingen to open. It is meant for the toegang workers and the
 * backoffice of the gemeente responsible, who may see the jeugdigen behind it; it shows no name or BSN itself, but every
 * jeugdige on it is logged as consulted (the list tells that this jeugdige has long-running care).
 */
@Service
public class Herbeoordelingen {

    /** More rows than a worker can act on in one sitting would hide the longest ones; the page says how many remain. */
    public static final int MAXIMUM = 500;

    private final HerbeoordelingRepository opslag;
    private final Autorisatie autorisatie;
    private final Toegangslog toegangslog;

    Herbeoordelingen(HerbeoordelingRepository opslag, Autorisatie autorisatie, Toegangslog toegangslog) {
        this.opslag = opslag;
        this.autorisatie = autorisatie;
        this.toegangslog = toegangslog;
    }

    /** One running traject past the review norm on the peildatum. */
    public record Herbeoordeling(
            String gemeente,
            String aanbieder,
            String jeugdzorgvorm,
            String productcategorie,
            String productcode,
            LocalDate begindatum,
            int dagen,
            int normdagen,
            boolean metVerblijf,
            List<Long> toewijzingen) {

        /** Days beyond the norm. */
        public int overDeNorm() {
            return dagen - normdagen;
        }
    }

    /** The rows shown (at most {@link #MAXIMUM}) and how many there are in all. */
    public record Lijst(LocalDate peildatum, List<Herbeoordeling> regels, long totaal) {}

    /** The list for gemeente {@code gemeente}, which the signed-in user must be allowed to see. */
    @Transactional
    public Lijst voor(GemeenteCode gemeente, LocalDate peildatum) {
        autorisatie.vereisGemeente(gemeente);
        HerbeoordelingRepository.Uitkomst uitkomst = opslag.lijst(gemeente.value(), peildatum, MAXIMUM);
        log(uitkomst.jeugdigen(), gemeente);
        return new Lijst(peildatum, uitkomst.regels(), uitkomst.totaal());
    }

    private void log(Collection<String> jeugdigen, GemeenteCode gemeente) {
        toegangslog.registreerPseudoniemen(
                jeugdigen,
                Actie.RAADPLEGEN,
                "lopende trajecten langer dan de reviewnorm, gemeente " + gemeente.value(),
                "werklijst herbeoordelen");
    }
}
