package nl.jeugdregie.declaratie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.beveiliging.Rol;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks declaraties (JW323) against toewijzing and contract and stores the outcome: {@link #beoordeel} answers per
 * prestatie accepted or rejected with retourcode, rule and a Dutch explanation, plus the JW325 content. It joins the
 * caller's transaction (the message processing) and loads everything it needs in a few bulk queries.
 */
@Service
public class DeclaratieService {

    private final DeclaratieRepository repository;
    private final Pseudonimisering pseudonimisering;
    private final Autorisatie autorisatie;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclaratieService(
            DeclaratieRepository repository,
            Pseudonimisering pseudonimisering,
            Autorisatie autorisatie,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.pseudonimisering = pseudonimisering;
        this.autorisatie = autorisatie;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks every prestatie of the declaratie, stores the declaratie with each prestatie's outcome (approved ones
     * count for later checks and for TR385) and publishes {@link DeclaratieBeoordeeld}. A declaratie rejected as a
     * whole (TR333, TR316) is answered but not stored.
     */
    @Transactional
    public Beoordeling beoordeel(Declaratie declaratie) {
        repository.vergrendelAanbieder(declaratie.aanbieder());
        Controlegegevens gegevens = laad(declaratie);
        Beoordeling beoordeling = controleer(declaratie, gegevens);
        if (beoordeling.afkeuring() == null) {
            long id = repository.bewaar(
                    declaratie,
                    beoordeling.totaalToegekend(),
                    beoordeling.afgewezen().size(),
                    OffsetDateTime.now(clock));
            repository.bewaarPrestaties(id, declaratie, beoordeling.prestaties(), gegevens.clientsleutel());
            beoordeling = new Beoordeling(
                    declaratie,
                    id,
                    null,
                    beoordeling.prestaties(),
                    beoordeling.totaalIngediend(),
                    beoordeling.totaalToegekend());
        }
        publiceer(beoordeling);
        return beoordeling;
    }

    /**
     * Runs exactly the checks of {@link #beoordeel} on the declaratie, read-only: it stores nothing, publishes no event
     * and takes no lock, so an aanbieder sees before sending which prestaties the gemeente will reject and why. The
     * answer has no {@code declaratieId}. Only the aanbieder itself (AANBIEDER with that AGB code) or BACKOFFICE may ask.
     */
    @Transactional(readOnly = true)
    public Beoordeling proefbeoordeling(Declaratie declaratie) {
        vereisAanbiederOfBackoffice(declaratie.aanbieder());
        return controleer(declaratie, laad(declaratie));
    }

    /** The checks of one declaratie on loaded data, without an id: as a whole first, then prestatie by prestatie. */
    private static Beoordeling controleer(Declaratie declaratie, Controlegegevens gegevens) {
        Afkeuring afkeuring = Declaratiecontroles.declaratie(declaratie, gegevens);
        if (afkeuring != null) {
            return new Beoordeling(declaratie, null, afkeuring, List.of(), declaratie.totaalSaldo(), Bedrag.NUL);
        }
        List<Prestatiebeoordeling> prestaties = Declaratiecontroles.prestaties(declaratie, gegevens);
        Bedrag toegekend = Bedrag.som(prestaties.stream()
                .filter(Prestatiebeoordeling::isGoedgekeurd)
                .map(p -> p.prestatie().saldo())
                .toList());
        return new Beoordeling(declaratie, null, null, prestaties, declaratie.totaalSaldo(), toegekend);
    }

    /**
     * Throws {@link NietGeautoriseerd} unless the signed-in user is the aanbieder itself (AANBIEDER with that AGB code)
     * or BACKOFFICE: who may check or prepare a declaratie of that aanbieder before it is sent.
     */
    void vereisAanbiederOfBackoffice(AgbCode aanbieder) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        boolean zelf = gebruiker.heeftRol(Rol.AANBIEDER) && aanbieder.equals(gebruiker.aanbieder());
        if (!zelf && !gebruiker.heeftRol(Rol.BACKOFFICE)) {
            throw new NietGeautoriseerd("Alleen aanbieder " + aanbieder + " zelf of de backoffice mag een declaratie"
                    + " van deze aanbieder voorbereiden of vooraf controleren");
        }
    }

    /** The declaraties the signed-in user may see: an AANBIEDER its own, BACKOFFICE those of its gemeenten. */
    public Resultaatpagina<Declaratieoverzicht> zichtbareDeclaraties(Paginering paginering) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (gebruiker.heeftRol(Rol.AANBIEDER)) {
            return gebruiker.aanbieder() == null
                    ? new Resultaatpagina<>(List.of(), 0, paginering)
                    : repository.declaraties(Set.of(), gebruiker.aanbieder(), paginering);
        }
        return repository.declaraties(autorisatie.zichtbareGemeenten(), null, paginering);
    }

    /** One declaratie with its prestaties, if the user may see it (its own aanbieder, or one of its gemeenten). */
    public Optional<Declaratieoverzicht> declaratie(long id) {
        return repository.declaratie(id).filter(this::magZien);
    }

    /** The prestaties of a declaratie the user may see, rejected first. Contains BSNs: log the read. */
    public List<Prestatieregel> prestaties(long declaratieId) {
        return declaratie(declaratieId).map(d -> repository.prestaties(d.id())).orElse(List.of());
    }

    private boolean magZien(Declaratieoverzicht d) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (gebruiker.heeftRol(Rol.AANBIEDER)) {
            return d.aanbieder().equals(gebruiker.aanbieder());
        }
        return autorisatie.zichtbareGemeenten().contains(d.gemeente());
    }

    private Controlegegevens laad(Declaratie d) {
        Set<Long> nummers = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        Set<String> referenties = new LinkedHashSet<>();
        Map<Bsn, String> sleutels = new HashMap<>();
        for (Prestatie p : d.prestaties()) {
            nummers.add(p.toewijzingnummer().value());
            codes.add(Declaratiecontroles.sleutelVanCode(p.productcode()));
            referenties.add(p.referentienummer());
            if (p.vorigReferentienummer() != null) {
                referenties.add(p.vorigReferentienummer());
            }
            sleutels.computeIfAbsent(p.client(), pseudonimisering::pseudoniem);
        }
        Map<Long, Map<Eenheid, Long>> volume = new HashMap<>();
        Map<Long, Bedrag> bedrag = new HashMap<>();
        repository.gedeclareerd(d.gemeente(), nummers, volume, bedrag);
        Function<Bsn, String> clientsleutel = bsn -> sleutels.computeIfAbsent(bsn, pseudonimisering::pseudoniem);
        return new Controlegegevens(
                repository.toewijzingen(d.gemeente(), nummers),
                repository.tarieven(d.aanbieder(), codes),
                repository.eerder(d.aanbieder(), referenties),
                repository.goedgekeurdeDebets(d.gemeente(), nummers),
                volume,
                bedrag,
                repository.declaratienummerBekend(d.aanbieder(), d.declaratienummer()),
                clientsleutel,
                LocalDate.now(clock));
    }

    private void publiceer(Beoordeling b) {
        Declaratie d = b.declaratie();
        events.publishEvent(new DeclaratieBeoordeeld(
                b.declaratieId(),
                d.gemeente(),
                d.aanbieder(),
                d.declaratienummer(),
                d.prestaties().size(),
                b.afkeuring() == null ? b.afgewezen().size() : d.prestaties().size(),
                b.totaalIngediend(),
                b.totaalToegekend()));
    }
}
