package nl.jeugdregie.toewijzing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.beveiliging.Rol;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Verzoeken om toewijzing (JW315) and om wijziging (JW317): receiving them with their cross-message rules, the work
 * queue with legal deadlines, and the gemeente's decisions: toewijzen, afwijzen, in onderzoek, woonplaatsbeginsel.
 * Decisions are addressed by aanbieder and ReferentieAanbieder (unique per aanbieder, TR347), as a JW319 is.
 */
@Service
public class VerzoekService {

    private static final LocalDate VARIANTEN_VANAF = LocalDate.of(2020, 12, 31);

    private final VerzoekRepository verzoeken;
    private final ToewijzingRepository toewijzingen;
    private final ToewijzingService toewijzingService;
    private final Autorisatie autorisatie;
    private final ApplicationEventPublisher events;
    private final Opdrachten opdrachten;
    private final Toegangslog toegangslog;
    private final Clock clock;

    VerzoekService(
            VerzoekRepository verzoeken,
            ToewijzingRepository toewijzingen,
            ToewijzingService toewijzingService,
            Autorisatie autorisatie,
            ApplicationEventPublisher events,
            Opdrachten opdrachten,
            Toegangslog toegangslog,
            Clock clock) {
        this.toegangslog = toegangslog;
        this.verzoeken = verzoeken;
        this.toewijzingen = toewijzingen;
        this.toewijzingService = toewijzingService;
        this.autorisatie = autorisatie;
        this.events = events;
        this.opdrachten = opdrachten;
        this.clock = clock;
    }

    /**
     * Receives a JW315: checks TR378 (gemeente exists), TR347 (ReferentieAanbieder unique) and TR374 (no verzoek of
     * this client at this aanbieder still open), then makes one work item per aangevraagd product.
     */
    public Uitkomst<List<Werkitem>> ontvang(VerzoekOmToewijzing vot) {
        return opdrachten.voerUit(() -> {
            toewijzingService.vereisBestaandeGemeente(vot.gemeente(), "TR378");
            toewijzingen.vergrendelClient(vot.gemeente(), vot.client());
            Set<String> gezien = new HashSet<>();
            for (AangevraagdProduct product : vot.producten()) {
                vereisUniekeReferentie(vot.aanbieder(), product.referentieAanbieder(), gezien);
            }
            vereisGeenOnderhandenVerzoek(vot.gemeente(), vot.aanbieder(), vot.client());
            return bewaarNieuw(Verzoek.vot(vot));
        });
    }

    /**
     * Receives a JW317: besides TR378, TR347 and TR374 it checks TR304 (known client), TR350 and TR351 (each
     * toewijzingnummer is an actuele toewijzing), TR349 (all actuele toewijzingen listed), TR357, TR373, TR375, TR411,
     * TR412 and TR361 (no overlapping equal products).
     */
    public Uitkomst<Werkitem> ontvang(VerzoekOmWijziging vow) {
        return opdrachten.voerUit(() -> {
            toewijzingService.vereisBestaandeGemeente(vow.gemeente(), "TR378");
            toewijzingen.vergrendelClient(vow.gemeente(), vow.client());
            vereisUniekeReferentie(vow.aanbieder(), vow.referentieAanbieder(), new HashSet<>());
            vereisGeenOnderhandenVerzoek(vow.gemeente(), vow.aanbieder(), vow.client());
            controleerVow(vow);
            return bewaarNieuw(Verzoek.vow(vow)).get(0);
        });
    }

    /** JW319 with VerzoekAntwoord 2: in onderzoek; the deadline moves to 8 weeks after the dagtekening. */
    public Uitkomst<Antwoord> zetInOnderzoek(AgbCode aanbieder, String referentie) {
        return beantwoord(aanbieder, referentie, (verzoek, aanvraag) -> verzoek.zetInOnderzoek(aanvraag));
    }

    /** JW319 with VerzoekAntwoord 1 and a reden other than 8. */
    public Uitkomst<Antwoord> wijsAf(AgbCode aanbieder, String referentie, RedenAfwijzingVerzoek reden) {
        return beantwoord(aanbieder, referentie, (verzoek, aanvraag) -> verzoek.wijsAf(aanvraag, reden, null));
    }

    /**
     * JW319 with reden 8: another gemeente is responsible under the woonplaatsbeginsel; that gemeentecode must exist
     * (TR378, retourcode S300).
     */
    public Uitkomst<Antwoord> verwijsNaarWoonplaatsgemeente(
            AgbCode aanbieder, String referentie, GemeenteCode verantwoordelijk) {
        return beantwoord(aanbieder, referentie, (verzoek, aanvraag) -> {
            toewijzingService.vereisBestaandeGemeente(verantwoordelijk, "TR378");
            return verzoek.wijsAf(aanvraag, RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL, verantwoordelijk);
        });
    }

    /**
     * Honours the aanvraag: for a VOT a new toewijzing of the aangevraagd product; for a VOW the whole wished situation
     * one to one (OP348) with reden wijziging 12, a new toewijzing where IV066 requires one. The toewijzingen carry the
     * ReferentieAanbieder (TR379).
     */
    public Uitkomst<List<ToegewezenProduct>> wijsToe(AgbCode aanbieder, String referentie) {
        return opdrachten.voerUit(() -> {
            Verzoek verzoek = vergrendeld(aanbieder, referentie);
            Verzoek.Aanvraag aanvraag = verzoek.aanvraag(referentie).orElseThrow();
            verzoek.markeerToegewezen(aanvraag);
            List<ToegewezenProduct> resultaat = verzoek.soort == Verzoeksoort.VOT
                    ? List.of(wijsVotToe(verzoek, aanvraag))
                    : wijsVowToe(verzoek, aanvraag);
            verzoeken.bewaar(verzoek);
            registreerBesluit(
                    verzoek,
                    referentie,
                    "toegewezen (toewijzing "
                            + resultaat.stream()
                                    .map(t -> t.nummer().toString())
                                    .distinct()
                                    .collect(Collectors.joining(", "))
                            + ")");
            events.publishEvent(new VerzoekToegewezen(
                    verzoek.gemeente,
                    verzoek.aanbieder,
                    referentie,
                    resultaat.stream().map(ToegewezenProduct::nummer).distinct().toList()));
            return resultaat;
        });
    }

    /** Open aanvragen of the gemeenten the signed-in user may see, earliest deadline first. */
    public List<Werkitem> werkvoorraad() {
        return verzoeken.werkvoorraad(autorisatie.zichtbareGemeenten(), LocalDate.now(clock));
    }

    /** One page of the werkvoorraad of the signed-in user's gemeenten, with the counts of late and nearly late. */
    public Werkvoorraad werkvoorraad(Paginering paginering) {
        Set<GemeenteCode> gemeenten = autorisatie.zichtbareGemeenten();
        LocalDate vandaag = LocalDate.now(clock);
        long[] termijnen = verzoeken.termijnen(gemeenten, vandaag);
        return new Werkvoorraad(verzoeken.werkvoorraad(gemeenten, vandaag, paginering), termijnen[0], termijnen[1]);
    }

    /** A page of open aanvragen and, over all of them, how many are late and how many nearly. */
    public record Werkvoorraad(Resultaatpagina<Werkitem> pagina, long teLaat, long bijnaTeLaat) {}

    public List<Werkitem> werkvoorraad(Set<GemeenteCode> gemeenten) {
        return verzoeken.werkvoorraad(gemeenten, LocalDate.now(clock));
    }

    public Optional<Werkitem> werkitem(long id) {
        return verzoeken.werkitem(id, LocalDate.now(clock));
    }

    /** The specific products the aanvraag of this work item asks for as new care. */
    public List<Productperiode> aangevraagdeProducten(long werkitem) {
        return verzoeken.aangevraagdeProducten(werkitem);
    }

    /**
     * The aanvragen of the signed-in aanbieder's own verzoeken, newest first, with their answers; nothing for anyone
     * else, so an aanbieder never reads another's.
     */
    public List<Aanvraagstand> eigenAanvragen(int hoogstens) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!gebruiker.heeftRol(Rol.AANBIEDER) || gebruiker.aanbieder() == null) {
            return List.of();
        }
        return verzoeken.vanAanbieder(gebruiker.aanbieder(), LocalDate.now(clock), hoogstens);
    }

    public List<Werkitem> verzoekenVanClient(GemeenteCode gemeente, nl.jeugdregie.kern.Bsn client) {
        return verzoeken.vanClient(gemeente, client, LocalDate.now(clock));
    }

    private ToegewezenProduct wijsVotToe(Verzoek verzoek, Verzoek.Aanvraag aanvraag) {
        return nieuweToewijzing(verzoek, aanvraag.referentie, aanvraag.regels.get(0));
    }

    private ToegewezenProduct nieuweToewijzing(Verzoek verzoek, String referentie, Verzoek.Regel regel) {
        return toewijzingService.maakToewijzing(
                verzoek.gemeente,
                verzoek.client,
                verzoek.aanbieder,
                regel.product(),
                new Periode(regel.begin(), regel.eind()),
                regel.omvang(),
                regel.budget(),
                referentie,
                regel.commentaar());
    }

    private List<ToegewezenProduct> wijsVowToe(Verzoek verzoek, Verzoek.Aanvraag aanvraag) {
        List<ToegewezenProduct> resultaat = new ArrayList<>();
        RedenWijziging reden = RedenWijziging.GEINITIEERD_DOOR_AANBIEDER;
        for (Verzoek.Regel regel : aanvraag.regels) {
            switch (regel.soort()) {
                case TE_WIJZIGEN -> resultaat.addAll(wijzigVolgensVerzoek(verzoek, aanvraag.referentie, regel, reden));
                case NIEUW -> resultaat.add(nieuweToewijzing(verzoek, aanvraag.referentie, regel));
                default -> {}
            }
        }
        return resultaat;
    }

    private List<ToegewezenProduct> wijzigVolgensVerzoek(
            Verzoek verzoek, String referentie, Verzoek.Regel regel, RedenWijziging reden) {
        ToegewezenProduct huidig = toewijzingen
                .stand(verzoek.gemeente, regel.nummer())
                // Checked when the verzoek came in; checked again so a decision never touches another's toewijzing.
                .filter(t ->
                        t.aanbieder().equals(verzoek.aanbieder) && t.client().equals(verzoek.client))
                .orElseThrow(() -> new RegelOvertreden(
                        "TR351",
                        Retourcode.TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING,
                        "Toewijzing " + regel.nummer() + " bestaat niet meer voor deze client bij aanbieder "
                                + verzoek.aanbieder + "."));
        boolean nieuweOmvang = regel.omvang() != null && !regel.omvang().equals(huidig.omvang());
        if (nieuweOmvang && !huidig.omvang().isTotaalBinnenGeldigheidsduur()) {
            // IV066: another omvang per dag, week or maand ends this toewijzing and starts a new one.
            List<ToegewezenProduct> resultaat = new ArrayList<>();
            LocalDate ingang = regel.begin();
            if (ingang.isAfter(huidig.periode().begin())) {
                resultaat.add(toewijzingService.wijzigBinnenTransactie(verzoek.gemeente, huidig.nummer(), t -> {
                    t.koppelAanVerzoek(referentie);
                    t.verkorten(
                            ingang.minusDays(1),
                            reden,
                            true,
                            toewijzingService.vandaag(),
                            toewijzingService.bewerking());
                }));
            } else {
                boolean gedeclareerd =
                        toewijzingService.heeftGoedgekeurdeDeclaraties(verzoek.gemeente, huidig.nummer());
                resultaat.add(toewijzingService.wijzigBinnenTransactie(verzoek.gemeente, huidig.nummer(), t -> {
                    t.koppelAanVerzoek(referentie);
                    t.verwijderen(gedeclareerd, toewijzingService.bewerking());
                }));
            }
            resultaat.add(toewijzingService.maakToewijzing(
                    verzoek.gemeente,
                    verzoek.client,
                    verzoek.aanbieder,
                    huidig.product(),
                    new Periode(ingang, regel.eind()),
                    regel.omvang(),
                    null,
                    referentie,
                    null));
            return resultaat;
        }
        return List.of(toewijzingService.wijzigBinnenTransactie(verzoek.gemeente, huidig.nummer(), t -> {
            t.koppelAanVerzoek(referentie);
            if (nieuweOmvang) {
                t.wijzigVolume(regel.omvang(), reden, true, toewijzingService.bewerking());
            }
            if (regel.budget() != null && !regel.budget().equals(huidig.budget())) {
                t.wijzigBudget(regel.budget(), reden, true, toewijzingService.bewerking());
            }
            LocalDate eind = regel.eind();
            LocalDate huidigEind = huidig.periode().eind();
            boolean later = huidigEind != null && (eind == null || eind.isAfter(huidigEind));
            boolean eerder = eind != null && (huidigEind == null || eind.isBefore(huidigEind));
            if (later) {
                t.verlengen(eind, reden, toewijzingService.vandaag(), toewijzingService.bewerking());
            } else if (eerder) {
                t.verkorten(eind, reden, true, toewijzingService.vandaag(), toewijzingService.bewerking());
            }
        }));
    }

    private interface Besluit {
        Antwoord neem(Verzoek verzoek, Verzoek.Aanvraag aanvraag);
    }

    private Uitkomst<Antwoord> beantwoord(AgbCode aanbieder, String referentie, Besluit besluit) {
        return opdrachten.voerUit(() -> {
            Verzoek verzoek = vergrendeld(aanbieder, referentie);
            Antwoord antwoord =
                    besluit.neem(verzoek, verzoek.aanvraag(referentie).orElseThrow());
            verzoeken.bewaar(verzoek);
            registreerBesluit(verzoek, referentie, besluit(antwoord));
            events.publishEvent(new VerzoekBeantwoord(verzoek.gemeente, verzoek.aanbieder, antwoord));
            return antwoord;
        });
    }

    private static String besluit(Antwoord antwoord) {
        return antwoord.antwoord().omschrijving().toLowerCase(java.util.Locale.ROOT)
                + antwoord.reden()
                        .map(r -> " (reden " + r.code() + ": " + r.omschrijving() + ")")
                        .orElse("")
                + antwoord.woonplaatsbeginsel()
                        .map(g -> ", woonplaatsbeginsel: gemeente " + g.value())
                        .orElse("");
    }

    /**
     * A decision on a verzoek changes the jeugdige's data: logged at once, by the user who took it, in the same
     * transaction as the decision.
     */
    private void registreerBesluit(Verzoek verzoek, String referentie, String besluit) {
        toegangslog.registreer(new Gebeurtenis(
                verzoek.client,
                Actie.WIJZIGEN,
                "verzoek " + referentie + " van aanbieder " + verzoek.aanbieder + ": " + besluit,
                "gemeente " + verzoek.gemeente,
                "besluit op een " + verzoek.soort.name() + " (" + verzoek.soort.omschrijving() + ")"));
    }

    /** The verzoek as it is once its client is locked, so concurrent decisions see each other's outcome. */
    private Verzoek vergrendeld(AgbCode aanbieder, String referentie) {
        Verzoek verzoek = vindVerzoek(aanbieder, referentie);
        toewijzingen.vergrendelClient(verzoek.gemeente, verzoek.client);
        return vindVerzoek(aanbieder, referentie);
    }

    private Verzoek vindVerzoek(AgbCode aanbieder, String referentie) {
        return verzoeken
                .vindOpReferentie(aanbieder, referentie)
                .orElseThrow(() -> new RegelOvertreden(
                        "TR355",
                        Retourcode.ANTWOORD_ZONDER_VERZOEK,
                        "Er is geen verzoek van aanbieder " + aanbieder + " met ReferentieAanbieder " + referentie
                                + "."));
    }

    private List<Werkitem> bewaarNieuw(Verzoek verzoek) {
        try {
            verzoeken.bewaar(verzoek);
        } catch (DuplicateKeyException e) {
            throw new RegelOvertreden(
                    "TR347",
                    Retourcode.REFERENTIE_AANBIEDER_NIET_UNIEK,
                    "Een ReferentieAanbieder van dit verzoek is door aanbieder " + verzoek.aanbieder
                            + " tegelijk in een ander verzoek gebruikt.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        return verzoek.aanvragen.stream()
                .map(a -> {
                    Werkitem item = verzoeken.werkitem(a.id, vandaag).orElseThrow();
                    events.publishEvent(new VerzoekOntvangen(
                            verzoek.soort,
                            verzoek.gemeente,
                            verzoek.aanbieder,
                            a.referentie,
                            a.uiterlijk,
                            verzoek.client,
                            a.regels.stream()
                                    .map(Verzoek.Regel::verwijzer)
                                    .filter(java.util.Objects::nonNull)
                                    .findFirst()
                                    .orElse(null),
                            verzoek.ontvangen,
                            item.producten()));
                    return item;
                })
                .toList();
    }

    private void vereisUniekeReferentie(AgbCode aanbieder, String referentie, Set<String> gezien) {
        if (!gezien.add(referentie) || verzoeken.referentieBestaat(aanbieder, referentie)) {
            throw new RegelOvertreden(
                    "TR347",
                    Retourcode.REFERENTIE_AANBIEDER_NIET_UNIEK,
                    "ReferentieAanbieder " + referentie + " is door aanbieder " + aanbieder + " al eerder gebruikt.");
        }
    }

    private void vereisGeenOnderhandenVerzoek(GemeenteCode gemeente, AgbCode aanbieder, nl.jeugdregie.kern.Bsn client) {
        List<String> open = verzoeken.onderhanden(gemeente, aanbieder, client);
        if (!open.isEmpty()) {
            throw new RegelOvertreden(
                    "TR374",
                    Retourcode.VERZOEK_AL_ONDERHANDEN,
                    "Er is al een verzoek onderhanden van aanbieder " + aanbieder
                            + " voor deze client (ReferentieAanbieder " + String.join(", ", open)
                            + "); wacht op de toewijzing of afwijzing daarvan.");
        }
    }

    /**
     * TR304 asks for a client the aanbieder knows from a toewijzing of its own: toewijzingen of other aanbieders do not
     * count, so a client with only those gets the same answer as a client without any, and no aanbieder learns from
     * its retourcodes whether a BSN gets care elsewhere.
     */
    private void controleerVow(VerzoekOmWijziging vow) {
        List<ToegewezenProduct> eigen =
                toewijzingen.vanClientBijAanbieder(vow.gemeente(), vow.client(), vow.aanbieder()).stream()
                        .filter(t -> !t.isVervallen())
                        .toList();
        if (eigen.isEmpty()) {
            throw new RegelOvertreden(
                    "TR304",
                    Retourcode.PRESTATIE_HOORT_NIET_BIJ_CLIENT,
                    "Aanbieder " + vow.aanbieder() + " heeft bij gemeente " + vow.gemeente()
                            + " geen toewijzingen voor BSN " + vow.client() + ".");
        }
        Map<Toewijzingnummer, ToegewezenProduct> actueel = eigen.stream()
                .filter(t -> t.isActueelOp(vow.dagtekening()))
                .collect(Collectors.toMap(ToegewezenProduct::nummer, Function.identity()));
        for (Toewijzingnummer nummer : vow.ongewijzigd()) {
            if (!actueel.containsKey(nummer)) {
                throw new RegelOvertreden(
                        "TR350",
                        Retourcode.ONGEWIJZIGD_PRODUCT_ZONDER_TOEWIJZING,
                        "OngewijzigdProduct " + nummer + " is geen actuele toewijzing van deze client bij aanbieder "
                                + vow.aanbieder() + ".");
            }
        }
        List<Periode> perioden = new ArrayList<>();
        List<Productaanduiding> producten = new ArrayList<>();
        for (VerzoekOmWijziging.TeWijzigenProduct t : vow.teWijzigen()) {
            ToegewezenProduct huidig = actueel.get(t.nummer());
            if (huidig == null) {
                throw new RegelOvertreden(
                        "TR351",
                        Retourcode.TE_WIJZIGEN_PRODUCT_ZONDER_TOEWIJZING,
                        "TeWijzigenProduct " + t.nummer() + " is geen actuele toewijzing van deze client bij aanbieder "
                                + vow.aanbieder() + ".");
            }
            controleerTeWijzigen(vow, t, huidig);
            perioden.add(new Periode(huidig.periode().begin(), t.einddatum()));
            producten.add(huidig.product());
        }
        Set<Toewijzingnummer> genoemd = new HashSet<>(vow.ongewijzigd());
        vow.teWijzigen().forEach(t -> genoemd.add(t.nummer()));
        List<Toewijzingnummer> ontbrekend = actueel.keySet().stream()
                .filter(n -> !genoemd.contains(n))
                .sorted(java.util.Comparator.comparingLong(Toewijzingnummer::value))
                .toList();
        if (!ontbrekend.isEmpty()) {
            throw new RegelOvertreden(
                    "TR349",
                    Retourcode.VOW_MIST_ACTUELE_PRODUCTEN,
                    "Het verzoek om wijziging noemt de actuele toewijzing(en) "
                            + ontbrekend.stream()
                                    .map(Toewijzingnummer::toString)
                                    .collect(Collectors.joining(", "))
                            + " niet, als ongewijzigd of te wijzigen product.");
        }
        for (Toewijzingnummer nummer : vow.ongewijzigd()) {
            perioden.add(actueel.get(nummer).periode());
            producten.add(actueel.get(nummer).product());
        }
        for (VerzoekOmWijziging.NieuwProduct n : vow.nieuw()) {
            perioden.add(new Periode(n.gewensteIngangsdatum(), n.einddatum()));
            producten.add(n.product());
        }
        for (int i = 0; i < producten.size(); i++) {
            for (int j = i + 1; j < producten.size(); j++) {
                if (producten.get(i).isZelfdeProductAls(producten.get(j))
                        && perioden.get(i).overlaptMet(perioden.get(j))) {
                    throw new RegelOvertreden(
                            "TR361",
                            Retourcode.OVERLAPPENDE_ZORGPERIODES,
                            producten.get(i) + " komt in het verzoek vaker voor in overlappende perioden ("
                                    + perioden.get(i) + " en " + perioden.get(j) + ").");
                }
            }
        }
    }

    private static void controleerTeWijzigen(
            VerzoekOmWijziging vow, VerzoekOmWijziging.TeWijzigenProduct t, ToegewezenProduct huidig) {
        LocalDate ingang = huidig.periode().begin();
        if (!t.gewensteIngangsdatum().isAfter(vow.dagtekening())
                && !t.gewensteIngangsdatum().equals(ingang)) {
            throw new RegelOvertreden(
                    "TR357",
                    Retourcode.GEWENSTE_INGANGSDATUM_ONGELDIG,
                    "GewensteIngangsdatum " + Notatie.datum(t.gewensteIngangsdatum()) + " van toewijzing " + t.nummer()
                            + " ligt niet na de dagtekening " + Notatie.datum(vow.dagtekening())
                            + " en is dan gelijk aan de ingangsdatum " + Notatie.datum(ingang) + ".");
        }
        if (t.budget() != null
                && !t.budget().equals(huidig.budget())
                && !t.gewensteIngangsdatum().equals(ingang)) {
            throw new RegelOvertreden(
                    "TR373",
                    Retourcode.BUDGET_GEWIJZIGD_MET_ANDERE_INGANGSDATUM,
                    "Een budgetwijziging (" + huidig.budget() + " naar " + t.budget()
                            + ") geldt voor de hele toewijzing "
                            + t.nummer() + "; GewensteIngangsdatum is dan " + Notatie.datum(ingang) + ", niet "
                            + Notatie.datum(t.gewensteIngangsdatum())
                            + ".");
        }
        boolean modern = huidig.periode().isOpen() || huidig.periode().eind().isAfter(VARIANTEN_VANAF);
        if (huidig.product().isSpecifiek() && t.omvang() == null) {
            throw new RegelOvertreden(
                    "TR411",
                    Retourcode.OMVANG_ONTBREEKT,
                    "Toewijzing " + t.nummer() + " is voor " + huidig.product()
                            + "; vul de omvang in het te wijzigen product.");
        }
        if (huidig.product().isGeneriek() && t.omvang() != null && modern) {
            throw new RegelOvertreden(
                    "TR375",
                    Retourcode.OMVANG_GEVULD_ZONDER_PRODUCT,
                    "Toewijzing " + t.nummer() + " is generiek (zonder product); laat de omvang leeg.");
        }
        if (!huidig.product().isSpecifiek() && t.omvang() != null && modern) {
            throw new RegelOvertreden(
                    "TR412",
                    Retourcode.OMVANG_GEVULD_ZONDER_PRODUCTCODE,
                    "Toewijzing " + t.nummer() + " heeft geen productcode; laat de omvang leeg.");
        }
    }
}
