package nl.jeugdregie.jeugdige;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.jeugdige.brp.BrpPersoon;
import nl.jeugdregie.jeugdige.brp.Personenbevraging;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of jeugdigen. Each registration keeps its source, and the source decides who may update it:
 *
 * <ul>
 *   <li>the gemeente (intake) and the BRP always, and from then on only they;
 *   <li>a verzoek om toewijzing (JW315) of an aanbieder only when there are no data yet, or when they came from an
 *       earlier verzoek of that same aanbieder. A verzoek of another aanbieder never overwrites them.
 * </ul>
 *
 * <p>The methods for users ({@link #schrijfIn}, {@link #zoek}, {@link #lees} and the household) are scoped: a user
 * sees a jeugdige only when one of the user's gemeenten is or was responsible for it, and a jeugdige outside that is
 * "not found", never "forbidden". They log every read and change in the toegangslog. The methods named for the system
 * ({@link #registratie}, {@link #legVast}, {@link #neemOverUitVerzoek}) serve the processing of messages and
 * toewijzingen, whose callers check the gemeente themselves.
 */
@Service
public class Jeugdigenregister {

    private final JeugdigeRepository repository;
    private final Pseudonimisering pseudonimisering;
    private final Autorisatie autorisatie;
    private final Toegangslog toegangslog;
    private final ObjectProvider<Personenbevraging> brp;
    private final Clock clock;

    Jeugdigenregister(
            JeugdigeRepository repository,
            Pseudonimisering pseudonimisering,
            Autorisatie autorisatie,
            Toegangslog toegangslog,
            ObjectProvider<Personenbevraging> brp,
            Clock clock) {
        this.brp = brp;
        this.repository = repository;
        this.pseudonimisering = pseudonimisering;
        this.autorisatie = autorisatie;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    /** What {@link #schrijfIn} did: the jeugdige, and whether it is new to the gemeente. */
    public record Ingeschreven(Jeugdige jeugdige, boolean nieuw) {}

    /**
     * Registers the jeugdige for the gemeente (which the user must serve), with the person data as entered. A jeugdige
     * already in the register gets these data; when another gemeente was responsible, the gemeente becomes
     * responsible from today (a move). The answer does not tell whether another gemeente knew the jeugdige.
     */
    @Transactional
    public Ingeschreven schrijfIn(Inschrijving inschrijving) {
        return schrijfIn(inschrijving, Persoonsregistratie.Bron.GEMEENTE);
    }

    /** Whether a BRP endpoint is configured, so that person data can come from the Haal Centraal BRP API. */
    public boolean brpGekoppeld() {
        return brp.getIfAvailable() != null;
    }

    /**
     * Registers the jeugdige with the person data from the BRP (Haal Centraal BRP Personen bevragen): the gemeente of
     * inschrijving in the BRP becomes responsible, and the gezagdragers the BRP knows join the household when it has
     * none yet. {@link NietGevonden} when the BRP does not know the BSN.
     */
    @Transactional
    public Ingeschreven schrijfInUitBrp(Bsn bsn) {
        Personenbevraging bevraging = brp.getIfAvailable();
        if (bevraging == null) {
            throw new OngeldigeWaarde("Er is geen BRP gekoppeld; vul de persoonsgegevens zelf in.");
        }
        BrpPersoon persoon = bevraging
                .raadpleeg(bsn)
                .filter(p ->
                        p.gemeenteVanInschrijving() != null && autorisatie.magGemeenteZien(p.gemeenteVanInschrijving()))
                .orElseThrow(() -> new NietGevonden("De BRP kent geen persoon met dit BSN in uw gemeenten; schrijf een"
                        + " jeugdige die elders woont in met de gegevens en de verantwoordelijke gemeente."));
        BrpPersoon.Adres a = persoon.adres();
        Persoonsgegevens gegevens = new Persoonsgegevens(
                persoon.geboortedatum(),
                persoon.datumgebruik(),
                persoon.geslacht(),
                persoon.geslachtsnaam(),
                persoon.voorvoegsel(),
                null,
                null,
                persoon.voornamen(),
                persoon.voorletters(),
                null,
                a == null || a.straatnaam() == null
                        ? null
                        : new Persoonsgegevens.Adres(
                                a.straatnaam(),
                                a.huisnummer(),
                                a.huisletter(),
                                a.huisnummertoevoeging(),
                                a.postcode(),
                                a.woonplaats()));
        Ingeschreven ingeschreven = schrijfIn(
                new Inschrijving(bsn, gegevens, persoon.gemeenteVanInschrijving()), Persoonsregistratie.Bron.BRP);
        UUID id = ingeschreven.jeugdige().id();
        if (repository.gezinsleden(id).isEmpty()) {
            for (BrpPersoon.Gezagdrager drager : persoon.gezag()) {
                Relatie relatie = persoon.ouders().stream()
                        .filter(o -> o.bsn() != null && o.bsn().equals(drager.bsn()))
                        .findFirst()
                        .map(o -> o.geslacht() == Geslacht.VROUWELIJK
                                ? Relatie.MOEDER
                                : o.geslacht() == Geslacht.MANNELIJK ? Relatie.VADER : Relatie.OUDER)
                        .orElse(Relatie.VOOGD);
                repository.voegGezinslidToe(
                        id,
                        new Gezinslid(
                                null,
                                relatie,
                                drager.naam() == null ? "Gezagdrager (naam onbekend in de BRP)" : drager.naam(),
                                null,
                                true,
                                true,
                                null),
                        clock.instant(),
                        door());
            }
        }
        return ingeschreven;
    }

    private Ingeschreven schrijfIn(Inschrijving inschrijving, Persoonsregistratie.Bron bron) {
        autorisatie.vereisGemeente(inschrijving.gemeente());
        nietInDeToekomst(inschrijving.gegevens());
        Persoonsregistratie registratie = nieuweRegistratie(inschrijving.gegevens(), bron, null);
        Optional<UUID> bestaand = repository.vergrendel(inschrijving.bsn());
        UUID id = bestaand.orElseGet(() ->
                repository.voegToe(inschrijving.bsn(), pseudonimisering.pseudoniem(inschrijving.bsn()), registratie));
        boolean nieuw = bestaand.isEmpty() || !repository.bekendBij(id, List.of(inschrijving.gemeente()));
        if (bestaand.isPresent()) {
            repository.werkBij(id, registratie);
        }
        Jeugdige jeugdige = repository.metId(id).orElseThrow();
        if (!inschrijving.gemeente().equals(jeugdige.gemeente())) {
            repository.verhuis(id, inschrijving.gemeente(), vandaag(), clock.instant(), door());
            jeugdige = repository.metId(id).orElseThrow();
        }
        log(jeugdige.bsn(), nieuw ? Actie.AANMAKEN : Actie.WIJZIGEN, "persoonsgegevens en woonplaats");
        return new Ingeschreven(voorGebruiker(jeugdige), nieuw);
    }

    /** The jeugdige with this BSN when the user may see it; logs the read. */
    @Transactional
    public Optional<Jeugdige> zoek(Bsn bsn) {
        Optional<Jeugdige> gevonden =
                repository.metBsn(bsn).filter(this::zichtbaar).map(this::voorGebruiker);
        gevonden.ifPresent(j -> log(j.bsn(), Actie.RAADPLEGEN, "persoonsgegevens (zoeken op BSN)"));
        return gevonden;
    }

    /** The jeugdigen the user may see with this achternaam and birth date (and voornaam, if given); logs each. */
    @Transactional
    public List<Jeugdige> zoek(String achternaam, LocalDate geboortedatum, String voornaam) {
        if (achternaam == null || achternaam.isBlank() || geboortedatum == null) {
            throw new OngeldigeWaarde("Zoek op BSN, of op achternaam en geboortedatum.");
        }
        List<Jeugdige> gevonden = repository.metNaam(
                achternaam.strip(),
                geboortedatum,
                voornaam == null || voornaam.isBlank() ? null : voornaam.strip(),
                autorisatie.zichtbareGemeenten());
        gevonden.forEach(j -> log(j.bsn(), Actie.RAADPLEGEN, "persoonsgegevens (zoeken op naam en geboortedatum)"));
        return gevonden.stream().map(this::voorGebruiker).toList();
    }

    /** The jeugdige when the user may see it, else {@link NietGevonden}; does not log (the caller says what it shows). */
    @Transactional(readOnly = true)
    public Jeugdige lees(UUID id) {
        return repository
                .metId(id)
                .filter(this::zichtbaar)
                .map(this::voorGebruiker)
                .orElseThrow(() -> nietGevonden(id));
    }

    /** Whether the user may see this jeugdige: one of the user's gemeenten is or was responsible for it. */
    public boolean zichtbaar(Jeugdige jeugdige) {
        return repository.bekendBij(jeugdige.id(), autorisatie.zichtbareGemeenten());
    }

    /**
     * The jeugdige as the user may see it: only the woonplaatsen of the user's gemeenten, so the file never tells
     * which other gemeenten knew the child.
     */
    private Jeugdige voorGebruiker(Jeugdige jeugdige) {
        return new Jeugdige(
                jeugdige.id(),
                jeugdige.bsn(),
                jeugdige.registratie(),
                jeugdige.woonplaatsen().stream()
                        .filter(w -> autorisatie.magGemeenteZien(w.gemeente()))
                        .toList());
    }

    /** The household; the provisions only as far as the user's gemeenten recorded them. Logs the read. */
    @Transactional(readOnly = true)
    public Huishouden huishouden(UUID id) {
        Jeugdige jeugdige = lees(id);
        log(jeugdige.bsn(), Actie.RAADPLEGEN, "huishouden en voorzieningen");
        return huishoudenVan(jeugdige);
    }

    /** The household as the user's gemeenten know it, for a caller that has read the jeugdige already. */
    public Huishouden huishoudenVan(Jeugdige jeugdige) {
        return new Huishouden(
                repository.gezinsleden(jeugdige.id()),
                repository.voorzieningen(jeugdige.id()).stream()
                        .filter(v -> autorisatie.magGemeenteZien(v.gemeente()))
                        .toList());
    }

    @Transactional
    public UUID voegGezinslidToe(UUID jeugdige, Gezinslid lid) {
        Jeugdige gelezen = lees(jeugdige);
        UUID id = repository.voegGezinslidToe(gelezen.id(), lid, clock.instant(), door());
        log(gelezen.bsn(), Actie.WIJZIGEN, "huishouden: " + lid.relatie().omschrijving() + " toegevoegd");
        return id;
    }

    @Transactional
    public void verwijderGezinslid(UUID jeugdige, UUID lid) {
        Jeugdige gelezen = lees(jeugdige);
        if (!repository.verwijderGezinslid(gelezen.id(), lid)) {
            throw new NietGevonden("Dit gezinslid is niet gevonden.");
        }
        log(gelezen.bsn(), Actie.WIJZIGEN, "huishouden: gezinslid verwijderd");
    }

    /** Records a provision of the household for one of the user's gemeenten. */
    @Transactional
    public UUID legVoorzieningVast(UUID jeugdige, Voorziening voorziening) {
        Jeugdige gelezen = lees(jeugdige);
        autorisatie.vereisGemeente(voorziening.gemeente());
        UUID id = repository.voegVoorzieningToe(gelezen.id(), voorziening, clock.instant(), door());
        log(gelezen.bsn(), Actie.WIJZIGEN, "voorziening " + voorziening.soort().omschrijving() + " vastgelegd");
        return id;
    }

    /** Records that {@code naar} is responsible from {@code per}; the user must serve {@code naar}. */
    @Transactional
    public Jeugdige verhuis(UUID jeugdige, GemeenteCode naar, LocalDate per) {
        Jeugdige gelezen = lees(jeugdige);
        autorisatie.vereisGemeente(naar);
        Plausibel.beleidsdatum("De verhuisdatum", per);
        if (per.isAfter(vandaag().plusYears(1))) {
            throw new OngeldigeWaarde("De verhuisdatum " + Notatie.datum(per) + " ligt meer dan een jaar vooruit.");
        }
        repository.vergrendel(gelezen.bsn());
        repository.verhuis(gelezen.id(), naar, per, clock.instant(), door());
        log(gelezen.bsn(), Actie.WIJZIGEN, "woonplaats (woonplaatsbeginsel)");
        return repository.metId(gelezen.id()).orElseThrow();
    }

    // --- for the system: processing of messages and toewijzingen; the callers check the gemeente ---

    /** The person data in the register, unscoped and unlogged: for the processing of messages and toewijzingen. */
    public Optional<Persoonsregistratie> registratie(Bsn bsn) {
        return repository.metBsn(bsn).map(Jeugdige::registratie);
    }

    /** The jeugdige with this BSN, unscoped and unlogged: for modules that checked the gemeente themselves. */
    public Optional<Jeugdige> metBsn(Bsn bsn) {
        return repository.metBsn(bsn);
    }

    /** The jeugdige, unscoped and unlogged: for a module that reached it through something the user may see. */
    public Optional<Jeugdige> metId(UUID id) {
        return repository.metId(id);
    }

    /**
     * The person data, unlogged, when {@code gemeente} is or was the jeugdige's woonplaats or knows the child otherwise
     * (a verzoek, a toewijzing); else empty.
     */
    public Optional<Persoonsregistratie> registratieBekendBij(Bsn bsn, GemeenteCode gemeente) {
        return repository
                .metBsn(bsn)
                .filter(j -> repository.bekendBij(j.id(), List.of(gemeente)))
                .map(Jeugdige::registratie);
    }

    /**
     * Records that {@code gemeente} knows the jeugdige (it received a verzoek om toewijzing, made a toewijzing) when it
     * is not its woonplaats: the gemeente then sees the file.
     */
    @Transactional
    public void maakBekend(Bsn bsn, GemeenteCode gemeente, String reden) {
        repository.metBsn(bsn).ifPresent(j -> {
            if (!repository.bekendBij(j.id(), List.of(gemeente))) {
                repository.maakBekend(j.id(), gemeente, reden, clock.instant());
            }
        });
    }

    /**
     * Records the data as the gemeente knows them (from the BRP or the intake); they take precedence from now on. A
     * jeugdige new to the register gets the gemeente as woonplaats.
     */
    @Transactional
    public void legVast(GemeenteCode gemeente, Bsn bsn, Persoonsgegevens gegevens) {
        nietInDeToekomst(gegevens);
        bewaar(gemeente, bsn, nieuweRegistratie(gegevens, Persoonsregistratie.Bron.GEMEENTE, null));
    }

    /**
     * Takes over what {@code aanbieder} sent in a JW315 when there are no data yet or they came from an earlier verzoek
     * of that same aanbieder; otherwise changes nothing. An address known earlier is kept (a JW315 carries none).
     * Answers whether the data were taken over.
     */
    @Transactional
    public boolean neemOverUitVerzoek(GemeenteCode gemeente, AgbCode aanbieder, Bsn bsn, Persoonsgegevens gegevens) {
        Optional<UUID> bestaand = repository.vergrendel(bsn);
        Optional<Persoonsregistratie> bekend =
                bestaand.flatMap(repository::metId).map(Jeugdige::registratie);
        if (bekend.isPresent() && !bekend.get().bijTeWerkenDoorVerzoekVan(aanbieder)) {
            return false;
        }
        Persoonsgegevens aangevuld = gegevens.adres() == null
                ? gegevens.metAdres(bekend.map(r -> r.gegevens().adres()).orElse(null))
                : gegevens;
        bewaar(gemeente, bsn, nieuweRegistratie(aangevuld, Persoonsregistratie.Bron.VERZOEK, aanbieder));
        return true;
    }

    private void bewaar(GemeenteCode gemeente, Bsn bsn, Persoonsregistratie registratie) {
        Optional<UUID> bestaand = repository.vergrendel(bsn);
        UUID id = bestaand.orElseGet(() -> repository.voegToe(bsn, pseudonimisering.pseudoniem(bsn), registratie));
        if (bestaand.isPresent()) {
            repository.werkBij(id, registratie);
        }
        if (repository.woonplaatsen(id).isEmpty()) {
            repository.verhuis(id, gemeente, vandaag(), clock.instant(), door());
        } else if (!repository.bekendBij(id, List.of(gemeente))) {
            repository.maakBekend(
                    id,
                    gemeente,
                    registratie.bron() == Persoonsregistratie.Bron.VERZOEK
                            ? "verzoek om toewijzing"
                            : "gegevens vastgelegd bij een toewijzing",
                    clock.instant());
        }
    }

    private Persoonsregistratie nieuweRegistratie(
            Persoonsgegevens gegevens, Persoonsregistratie.Bron bron, AgbCode aanbieder) {
        return new Persoonsregistratie(gegevens, bron, aanbieder, clock.instant(), door());
    }

    private void nietInDeToekomst(Persoonsgegevens gegevens) {
        if (gegevens.geboortedatum().isAfter(vandaag())) {
            throw new OngeldigeWaarde(
                    "De geboortedatum " + Notatie.datum(gegevens.geboortedatum()) + " ligt in de toekomst.");
        }
    }

    private void log(Bsn bsn, Actie actie, String gegevens) {
        toegangslog.registreer(Gebeurtenis.van(bsn, actie, gegevens));
    }

    private String door() {
        return autorisatie.huidigeGebruiker().map(Gebruiker::naam).orElse(Toegangslog.SYSTEEM);
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static NietGevonden nietGevonden(UUID id) {
        return new NietGevonden("Jeugdige " + id + " is niet gevonden.");
    }
}
