package nl.jeugdregie.financien;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Tekst;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment of received declaraties: which are to be paid (the sum of their approved prestaties, credit lines
 * subtracted), their export for the gemeente's financial administration, and marking them as paid. Marking is
 * idempotent; a paid declaratie gets other payment data only as an explicit correction with its reason; a declaratie
 * without approved prestaties has nothing to pay. Every marking is kept, with who and when.
 */
@Service
public class BetalingService {

    /** The longest payment reference: the SEPA end-to-end identification. */
    public static final int MAXIMUM_BETAALKENMERK = 35;

    private static final int MAXIMUM_REDEN = 1000;

    private final BetalingRepository repository;
    private final Financienrechten rechten;
    private final Clock clock;

    BetalingService(BetalingRepository repository, Financienrechten rechten, Clock clock) {
        this.repository = repository;
        this.rechten = rechten;
        this.clock = clock;
    }

    /** A page of the declaraties in the user's gemeenten that pass the filter, each with its prestaties. */
    @Transactional(readOnly = true)
    public Resultaatpagina<Betaaldeclaratie> zoek(Betalingsfilter filter, Paginering paginering) {
        List<GemeenteCode> gemeenten = gemeenten(filter);
        return gemeenten.isEmpty()
                ? new Resultaatpagina<>(List.of(), 0, paginering)
                : repository.zoek(gemeenten, filter, paginering);
    }

    /** Every declaratie still to be paid that passes the rest of the filter: the export for the administration. */
    @Transactional(readOnly = true)
    public List<Betaaldeclaratie> teBetalen(Betalingsfilter filter) {
        List<GemeenteCode> gemeenten = gemeenten(filter);
        return gemeenten.isEmpty() ? List.of() : repository.alle(gemeenten, filter.metStatus(Betaalstatus.TE_BETALEN));
    }

    /** How many declaraties still to pay pass the rest of the filter, and what they come to together. */
    @Transactional(readOnly = true)
    public Selectie teBetalenSelectie(Betalingsfilter filter) {
        List<GemeenteCode> gemeenten = gemeenten(filter);
        return gemeenten.isEmpty()
                ? new Selectie(0, Bedrag.NUL)
                : repository.selectie(gemeenten, filter.metStatus(Betaalstatus.TE_BETALEN));
    }

    /**
     * Marks every declaratie still to pay in the filter as paid, as a batch: the export the user saw. Refused when the
     * selection is no longer the {@code gezien} one (a declaratie arrived or was paid meanwhile), so a payment never
     * covers what the user did not see.
     */
    @Transactional
    public List<Betaaldeclaratie> markeerSelectieBetaald(
            Betalingsfilter filter, Selectie gezien, LocalDate betaaldatum, String betaalkenmerk) {
        List<GemeenteCode> gemeenten = gemeenten(filter);
        Betalingsfilter teBetalen = filter.metStatus(Betaalstatus.TE_BETALEN);
        Selectie nu = gemeenten.isEmpty() ? new Selectie(0, Bedrag.NUL) : repository.selectie(gemeenten, teBetalen);
        if (!nu.equals(gezien)) {
            throw new Conflict("De selectie is veranderd sinds u haar zag: nu " + nu.aantal()
                    + " te betalen declaraties," + " samen " + nu.bedrag() + "; bekijk haar opnieuw");
        }
        return markeerBetaald(
                gemeenten.isEmpty() ? List.of() : repository.ids(gemeenten, teBetalen),
                betaaldatum,
                betaalkenmerk,
                null);
    }

    /** One declaratie; not found as well when it lies outside the user's gemeenten. */
    @Transactional(readOnly = true)
    public Betaaldeclaratie declaratie(long id) {
        return zichtbaar(id, rechten.betalingGemeenten());
    }

    /** The gemeenten the user may see declaraties of. */
    public List<GemeenteCode> zichtbareGemeenten() {
        return rechten.betalingGemeenten();
    }

    /** The aanbieders and periods (first day of the month) with declaraties in the user's gemeenten. */
    @Transactional(readOnly = true)
    public Keuzes keuzes() {
        BetalingRepository.Keuzes k = repository.keuzes(rechten.betalingGemeenten());
        return new Keuzes(
                k.aanbieders(), k.periodes().stream().map(YearMonth::from).toList());
    }

    /** What the filter offers: aanbieders by AGB code, periods newest first. */
    public record Keuzes(List<AgbCode> aanbieders, List<YearMonth> periodes) {}

    /** Whether the user may mark declaraties as paid. */
    public boolean magBetalen() {
        return rechten.magWijzigen();
    }

    /**
     * Marks the declaraties as paid on {@code betaaldatum} with {@code betaalkenmerk}, all or none. A declaratie
     * already paid with the same data stays as it is; with other data only when {@code correctiereden} says why,
     * which stores a new version. Answers the declaraties as they are now.
     */
    @Transactional
    public List<Betaaldeclaratie> markeerBetaald(
            List<Long> declaraties, LocalDate betaaldatum, String betaalkenmerk, String correctiereden) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (declaraties == null || declaraties.isEmpty() || declaraties.stream().anyMatch(Objects::isNull)) {
            fouten.add(new OngeldigeParameter("declaraties", "Kies ten minste één declaratie"));
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (betaaldatum == null) {
            fouten.add(new OngeldigeParameter("betaaldatum", "Geef de betaaldatum"));
        } else if (betaaldatum.isAfter(vandaag)) {
            fouten.add(new OngeldigeParameter(
                    "betaaldatum",
                    "De betaaldatum " + Notatie.datum(betaaldatum) + " ligt na vandaag (" + Notatie.datum(vandaag)
                            + "); markeer een declaratie pas als betaald als ze betaald is"));
        } else if (betaaldatum.getYear() < BegrotingService.EERSTE_JAAR) {
            fouten.add(
                    new OngeldigeParameter("betaaldatum", "De betaaldatum ligt voor " + BegrotingService.EERSTE_JAAR));
        }
        String kenmerk = betaalkenmerk == null ? "" : betaalkenmerk.strip();
        if (kenmerk.isEmpty()) {
            fouten.add(new OngeldigeParameter("betaalkenmerk", "Geef het betaalkenmerk van de betaling"));
        } else if (kenmerk.length() > MAXIMUM_BETAALKENMERK) {
            fouten.add(new OngeldigeParameter(
                    "betaalkenmerk", "Het betaalkenmerk is hoogstens " + MAXIMUM_BETAALKENMERK + " tekens lang"));
        } else if (Tekst.heeftStuurteken(kenmerk)) {
            fouten.add(new OngeldigeParameter("betaalkenmerk", "Het betaalkenmerk " + Tekst.STUURTEKEN));
        }
        String reden = correctiereden == null || correctiereden.isBlank() ? null : correctiereden.strip();
        if (reden != null && reden.length() > MAXIMUM_REDEN) {
            fouten.add(new OngeldigeParameter(
                    "correctiereden", "De reden van de correctie is hoogstens " + MAXIMUM_REDEN + " tekens lang"));
        } else if (Tekst.heeftStuurteken(reden)) {
            fouten.add(new OngeldigeParameter("correctiereden", "De reden van de correctie " + Tekst.STUURTEKEN));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        List<Betaaldeclaratie> resultaat = new ArrayList<>();
        List<GemeenteCode> gemeenten = rechten.betalingGemeenten();
        for (long id : declaraties.stream().distinct().sorted().toList()) {
            repository.vergrendel(id);
            Betaaldeclaratie d = zichtbaar(id, gemeenten);
            String door = rechten.vereisBetalen(d.gemeente());
            markeer(d, betaaldatum, kenmerk, reden, door);
            resultaat.add(repository.declaratie(id).orElseThrow());
        }
        return resultaat;
    }

    private void markeer(Betaaldeclaratie d, LocalDate betaaldatum, String kenmerk, String reden, String door) {
        String naam = "Declaratie " + d.declaratienummer() + " van aanbieder " + d.aanbieder();
        if (d.status() == Betaalstatus.NIETS_GOEDGEKEURD) {
            throw new Conflict(naam + " heeft geen goedgekeurde prestaties; er valt niets te betalen");
        }
        Betaling nu = d.betaling();
        if (nu == null) {
            repository.voegToe(d, 1, betaaldatum, kenmerk, null, door, clock.instant());
            return;
        }
        boolean gelijk = nu.betaaldatum().equals(betaaldatum)
                && nu.betaalkenmerk().equals(kenmerk)
                && nu.bedrag().equals(d.teBetalen());
        if (gelijk) {
            return;
        }
        if (reden == null) {
            throw new Conflict(naam + " is al betaald op " + Notatie.datum(nu.betaaldatum()) + " met kenmerk "
                    + nu.betaalkenmerk() + "; andere betaalgegevens legt u alleen vast als correctie, met de reden");
        }
        repository.voegToe(d, nu.versie() + 1, betaaldatum, kenmerk, reden, door, clock.instant());
    }

    private Betaaldeclaratie zichtbaar(long id, List<GemeenteCode> gemeenten) {
        return repository
                .declaratie(id)
                .filter(d -> gemeenten.contains(d.gemeente()))
                .orElseThrow(() -> new NietGevonden("Declaratie " + id + " bestaat niet"));
    }

    /** The gemeenten to read: the one of the filter (403 outside the user's scope) or all the user may see. */
    private List<GemeenteCode> gemeenten(Betalingsfilter filter) {
        List<GemeenteCode> zichtbaar = rechten.betalingGemeenten();
        if (filter.gemeente() == null) {
            return zichtbaar;
        }
        rechten.vereisLezen(filter.gemeente());
        return List.of(Objects.requireNonNull(filter.gemeente()));
    }
}
