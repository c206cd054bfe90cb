package nl.jeugdregie.toewijzing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Toewijzingen: giving and changing them (only as IV066 allows, keeping the toewijzingnummer) and the queries other
 * modules ask. Commands answer with an {@link Uitkomst}: accepted, or rejected with the rule codes; a rejection
 * changes nothing.
 */
@Service
public class ToewijzingService {

    private final ToewijzingRepository repository;
    private final RegioService regio;
    private final Autorisatie autorisatie;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Declaratiestand> declaratiestand;
    private final Clock clock;
    private final Opdrachten opdrachten;
    private final Toegangslog toegangslog;

    ToewijzingService(
            Opdrachten opdrachten,
            ToewijzingRepository repository,
            RegioService regio,
            Autorisatie autorisatie,
            ApplicationEventPublisher events,
            ObjectProvider<Declaratiestand> declaratiestand,
            Toegangslog toegangslog,
            Clock clock) {
        this.toegangslog = toegangslog;
        this.repository = repository;
        this.regio = regio;
        this.autorisatie = autorisatie;
        this.events = events;
        this.declaratiestand = declaratiestand;
        this.clock = clock;
        this.opdrachten = opdrachten;
    }

    /** A new toewijzing on the gemeente's initiative: a new toewijzingnummer, no reden wijziging (IV066). */
    public Uitkomst<ToegewezenProduct> wijsToe(NieuweToewijzing opdracht) {
        return opdrachten.voerUit(() -> {
            vereisBestaandeGemeente(opdracht.gemeente(), "TR378");
            repository.vergrendelClient(opdracht.gemeente(), opdracht.client());
            return maakToewijzing(
                    opdracht.gemeente(),
                    opdracht.client(),
                    opdracht.aanbieder(),
                    opdracht.product(),
                    opdracht.periode(),
                    opdracht.omvang(),
                    opdracht.budget(),
                    null,
                    opdracht.commentaar());
        });
    }

    /** Verlengen: a later einddatum, or none with {@code null} (reden 04 unless another is given). */
    public Uitkomst<ToegewezenProduct> verleng(
            GemeenteCode gemeente, Toewijzingnummer nummer, LocalDate nieuweEinddatum, RedenWijziging reden) {
        return wijzig(
                gemeente,
                nummer,
                t -> t.verlengen(
                        nieuweEinddatum, reden == null ? RedenWijziging.VERLENGING : reden, vandaag(), bewerking()));
    }

    /**
     * Verkorten or intrekken: an earlier einddatum with a reden wijziging (e.g. 05 herbeoordeling, 07 verhuizing, 09
     * overstap). A date in the past needs the aanbieder's agreement (OP186).
     */
    public Uitkomst<ToegewezenProduct> verkort(
            GemeenteCode gemeente,
            Toewijzingnummer nummer,
            LocalDate einddatum,
            RedenWijziging reden,
            boolean instemmingAanbieder) {
        return wijzig(
                gemeente, nummer, t -> t.verkorten(einddatum, reden, instemmingAanbieder, vandaag(), bewerking()));
    }

    /** A new budget for the whole period; lowering needs the aanbieder's agreement (OP299). */
    public Uitkomst<ToegewezenProduct> wijzigBudget(
            GemeenteCode gemeente,
            Toewijzingnummer nummer,
            Bedrag budget,
            RedenWijziging reden,
            boolean instemmingAanbieder) {
        return wijzig(gemeente, nummer, t -> t.wijzigBudget(budget, reden, instemmingAanbieder, bewerking()));
    }

    /** A new volume when the frequentie is totaal binnen geldigheidsduur (IV066); lowering per OP298. */
    public Uitkomst<ToegewezenProduct> wijzigVolume(
            GemeenteCode gemeente,
            Toewijzingnummer nummer,
            Omvang omvang,
            RedenWijziging reden,
            boolean instemmingAanbieder) {
        return wijzig(gemeente, nummer, t -> t.wijzigVolume(omvang, reden, instemmingAanbieder, bewerking()));
    }

    /** Removes a toewijzing sent in error (reden 13, einddatum = ingangsdatum); refused after approved declaraties. */
    public Uitkomst<ToegewezenProduct> verwijder(GemeenteCode gemeente, Toewijzingnummer nummer) {
        boolean gedeclareerd =
                declaratiestand.getIfAvailable(() -> (g, n) -> false).heeftGoedgekeurdeDeclaraties(gemeente, nummer);
        return wijzig(gemeente, nummer, t -> t.verwijderen(gedeclareerd, bewerking()));
    }

    public Optional<ToegewezenProduct> toewijzing(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return repository.stand(gemeente, nummer);
    }

    /** Every toewijzing of the client within the gemeente, including ended and removed ones. */
    /**
     * A page of the toewijzingen the user may see: of {@code gemeente} (which must be in the user's scope) or of all
     * gemeenten in scope, optionally of one aanbieder and in one {@link Toewijzingsstatus} today.
     */
    public Resultaatpagina<ToegewezenProduct> zoek(
            GemeenteCode gemeente, AgbCode aanbieder, Toewijzingsstatus status, Paginering paginering) {
        Set<GemeenteCode> gemeenten = autorisatie.zichtbareGemeenten();
        if (gemeente != null) {
            autorisatie.vereisGemeente(gemeente);
            gemeenten = Set.of(gemeente);
        }
        return repository.zoek(gemeenten, aanbieder, status, vandaag(), paginering);
    }

    /**
     * A page of the toewijzingen an aanbieder received from the gemeenten of the region, the most recently changed
     * first, optionally of one gemeente and in one {@link Toewijzingsstatus} today. Only the aanbieder itself (or a
     * regional role that may see every aanbieder) asks.
     */
    public Resultaatpagina<ToegewezenProduct> vanAanbieder(
            AgbCode aanbieder, GemeenteCode gemeente, Toewijzingsstatus status, Paginering paginering) {
        autorisatie.vereisAanbieder(aanbieder);
        Set<GemeenteCode> gemeenten = regio.gemeentenVanPlatformregio(vandaag());
        if (gemeente != null) {
            gemeenten = gemeenten.contains(gemeente) ? Set.of(gemeente) : Set.of();
        }
        return repository.vanAanbieder(aanbieder, gemeenten, status, vandaag(), paginering);
    }

    /**
     * The toewijzingen of the aanbieder in the gemeente that share at least one day with {@code periode}, not
     * vervallen, per client: what the aanbieder may declare for that period. The caller checks who asks.
     */
    public List<ToegewezenProduct> geldigBijAanbieder(AgbCode aanbieder, GemeenteCode gemeente, Periode periode) {
        return repository.geldigBijAanbieder(aanbieder, gemeente, periode);
    }

    public List<ToegewezenProduct> vanClient(GemeenteCode gemeente, Bsn client) {
        return repository.vanClient(gemeente, client);
    }

    /**
     * The actuele toewijzingen of the client at the aanbieder: valid on or after {@code peildatum} and not removed
     * (OP087 first part, TR349).
     */
    public List<ToegewezenProduct> actueleToewijzingen(
            GemeenteCode gemeente, AgbCode aanbieder, Bsn client, LocalDate peildatum) {
        return repository.vanClientBijAanbieder(gemeente, client, aanbieder).stream()
                .filter(t -> t.isActueelOp(peildatum))
                .toList();
    }

    /**
     * The ToegewezenProducten of one JW301 (OP087): all toewijzingen of the client at the aanbieder valid on or after
     * the message's date, plus those changed since the previous JW301 ({@code gewijzigd}, e.g. just ended or removed).
     */
    public List<ToegewezenProduct> toewijzingsbericht(
            GemeenteCode gemeente,
            AgbCode aanbieder,
            Bsn client,
            LocalDate aanmaakdatum,
            Collection<Toewijzingnummer> gewijzigd) {
        return repository.vanClientBijAanbieder(gemeente, client, aanbieder).stream()
                .filter(t -> t.isActueelOp(aanmaakdatum) || gewijzigd.contains(t.nummer()))
                .toList();
    }

    /** Toewijzingen of the client at the aanbieder valid on that day, not removed: for declaratie checks. */
    public List<ToegewezenProduct> geldigOp(GemeenteCode gemeente, Bsn client, AgbCode aanbieder, LocalDate dag) {
        return repository.geldigIn(gemeente, client, aanbieder, Periode.op(dag));
    }

    /** Toewijzingen of the client at the aanbieder sharing at least one day with {@code periode}, not removed. */
    public List<ToegewezenProduct> geldigIn(GemeenteCode gemeente, Bsn client, AgbCode aanbieder, Periode periode) {
        return repository.geldigIn(gemeente, client, aanbieder, periode);
    }

    /** Every version of a toewijzing, oldest first, with who changed it, when and why. */
    public List<Toewijzingsversie> versies(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return repository.versies(gemeente, nummer);
    }

    // Shared with VerzoekService, inside its transaction and under its client lock.

    ToegewezenProduct maakToewijzing(
            GemeenteCode gemeente,
            Bsn client,
            AgbCode aanbieder,
            Productaanduiding product,
            Periode periode,
            Omvang omvang,
            Bedrag budget,
            String referentieAanbieder,
            String commentaar) {
        Productaanduiding gekozen = product == null ? Productaanduiding.generiek() : product;
        for (ToegewezenProduct bestaand : repository.vanClientBijAanbieder(gemeente, client, aanbieder)) {
            if (!bestaand.isVervallen()
                    && bestaand.product().isZelfdeProductAls(gekozen)
                    && bestaand.periode().overlaptMet(periode)) {
                throw new RegelOvertreden(
                        "OP259",
                        null,
                        "Aanbieder " + aanbieder + " heeft voor deze client al toewijzing " + bestaand.nummer()
                                + " voor "
                                + bestaand.product() + " (" + bestaand.periode() + "), die overlapt met " + periode
                                + ". Wijzig die toewijzing of laat de perioden aansluiten.");
            }
        }
        Toewijzing toewijzing = Toewijzing.toewijzen(
                repository.volgendNummer(),
                gemeente,
                client,
                aanbieder,
                gekozen,
                periode,
                omvang,
                budget,
                referentieAanbieder,
                commentaar,
                bewerking());
        return bewaar(toewijzing);
    }

    ToegewezenProduct wijzigBinnenTransactie(
            GemeenteCode gemeente, Toewijzingnummer nummer, Consumer<Toewijzing> wijziging) {
        Toewijzing toewijzing = repository
                .vind(gemeente, nummer)
                .orElseThrow(() -> new RegelOvertreden(
                        "TR351",
                        Retourcode.TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING,
                        "Toewijzing " + nummer + " bestaat niet bij gemeente " + gemeente + "."));
        wijziging.accept(toewijzing);
        return bewaar(toewijzing);
    }

    boolean heeftGoedgekeurdeDeclaraties(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return declaratiestand.getIfAvailable(() -> (g, n) -> false).heeftGoedgekeurdeDeclaraties(gemeente, nummer);
    }

    void vereisBestaandeGemeente(GemeenteCode gemeente, String regel) {
        if (regio.gemeente(gemeente).isEmpty()) {
            throw new RegelOvertreden(
                    regel,
                    Retourcode.GEMEENTECODE_ONBEKEND,
                    "Gemeentecode " + gemeente + " komt niet voor in de lijst van CBS-gemeenten.");
        }
    }

    Bewerking bewerking() {
        String door = autorisatie.huidigeGebruiker().map(Gebruiker::naam).orElse(Toegangslog.SYSTEEM);
        return new Bewerking(door, LocalDateTime.now(clock).withNano(0));
    }

    LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private ToegewezenProduct bewaar(Toewijzing toewijzing) {
        try {
            repository.bewaar(toewijzing);
        } catch (DataIntegrityViolationException e) {
            throw new RegelOvertreden(
                    "OP259",
                    null,
                    "Toewijzing " + toewijzing.nummer()
                            + " overlapt met een andere toewijzing van hetzelfde product bij deze aanbieder.");
        }
        ToegewezenProduct stand = toewijzing.stand();
        registreerBesluit(toewijzing.nieuweVersies());
        events.publishEvent(new ToewijzingVastgesteld(
                stand.gemeente(),
                stand.nummer(),
                stand.versie(),
                stand.aanbieder(),
                stand.redenWijziging(),
                stand.referentieAanbieder()));
        return stand;
    }

    /**
     * Every new or changed toewijzing is a change of the jeugdige's data, logged at the moment of the decision by the
     * user who took it, in the same transaction: a rejected command leaves no entry.
     */
    private void registreerBesluit(List<Toewijzingsversie> versies) {
        toegangslog.registreer(versies.stream()
                .map(v -> new Gebeurtenis(
                        v.stand().client(),
                        v.stand().versie() == 1 ? Actie.AANMAKEN : Actie.WIJZIGEN,
                        "toewijzing " + v.stand().nummer() + " versie "
                                + v.stand().versie() + " (" + v.stand().product() + ", "
                                + v.stand().periode() + "): " + v.waarom(),
                        "gemeente " + v.stand().gemeente(),
                        "toewijzing aan aanbieder " + v.stand().aanbieder()))
                .toList());
    }

    private Uitkomst<ToegewezenProduct> wijzig(
            GemeenteCode gemeente, Toewijzingnummer nummer, Consumer<Toewijzing> wijziging) {
        return opdrachten.voerUit(() -> {
            ToegewezenProduct huidig = repository
                    .stand(gemeente, nummer)
                    .orElseThrow(() -> new RegelOvertreden(
                            "TR332", null, "Toewijzing " + nummer + " bestaat niet bij gemeente " + gemeente + "."));
            repository.vergrendelClient(gemeente, huidig.client());
            return wijzigBinnenTransactie(gemeente, nummer, wijziging);
        });
    }
}
