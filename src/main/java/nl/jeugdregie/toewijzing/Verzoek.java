package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Werkdagen;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.kern.codelijst.VerzoekAntwoord;

/**
 * A received verzoek (VOT or VOW) and the gemeente's decisions on it. Each aanvraag (one ReferentieAanbieder) is a work
 * item with a legal deadline: 5 working days after receipt (OP274, OP346), 8 weeks after the dagtekening once "in
 * onderzoek". A VOT is decided per aangevraagd product, a VOW as a whole (OP344).
 */
class Verzoek {

    enum Regelsoort {
        AANGEVRAAGD,
        ONGEWIJZIGD,
        TE_WIJZIGEN,
        NIEUW
    }

    record Regel(
            Regelsoort soort,
            Toewijzingnummer nummer,
            Productaanduiding product,
            LocalDate begin,
            LocalDate eind,
            Omvang omvang,
            Bedrag budget,
            Verwijzer verwijzer,
            String commentaar) {}

    static final class Aanvraag {
        Long id;
        final String referentie;
        Aanvraagstatus status;
        LocalDate uiterlijk;
        RedenAfwijzingVerzoek redenAfwijzing;
        GemeenteCode woonplaatsgemeente;
        final List<Regel> regels;

        Aanvraag(
                Long id,
                String referentie,
                Aanvraagstatus status,
                LocalDate uiterlijk,
                RedenAfwijzingVerzoek redenAfwijzing,
                GemeenteCode woonplaatsgemeente,
                List<Regel> regels) {
            this.id = id;
            this.referentie = referentie;
            this.status = status;
            this.uiterlijk = uiterlijk;
            this.redenAfwijzing = redenAfwijzing;
            this.woonplaatsgemeente = woonplaatsgemeente;
            this.regels = List.copyOf(regels);
        }
    }

    static final int WERKDAGEN_VOOR_ANTWOORD = 5;
    static final int WEKEN_ONDERZOEK = 8;

    Long id;
    final Verzoeksoort soort;
    final GemeenteCode gemeente;
    final AgbCode aanbieder;
    final Bsn client;
    final LocalDate dagtekening;
    final LocalDate ontvangen;
    final RedenVerzoek redenVerzoek;
    final String commentaar;
    final List<Aanvraag> aanvragen;

    Verzoek(
            Long id,
            Verzoeksoort soort,
            GemeenteCode gemeente,
            AgbCode aanbieder,
            Bsn client,
            LocalDate dagtekening,
            LocalDate ontvangen,
            RedenVerzoek redenVerzoek,
            String commentaar,
            List<Aanvraag> aanvragen) {
        this.id = id;
        this.soort = soort;
        this.gemeente = gemeente;
        this.aanbieder = aanbieder;
        this.client = client;
        this.dagtekening = dagtekening;
        this.ontvangen = ontvangen;
        this.redenVerzoek = redenVerzoek;
        this.commentaar = commentaar;
        this.aanvragen = new ArrayList<>(aanvragen);
    }

    static LocalDate antwoordUiterlijk(LocalDate ontvangen) {
        return Werkdagen.volgensTermijnenwet().plus(ontvangen, WERKDAGEN_VOOR_ANTWOORD);
    }

    static Verzoek vot(VerzoekOmToewijzing vot) {
        LocalDate uiterlijk = antwoordUiterlijk(vot.ontvangen());
        List<Aanvraag> aanvragen = vot.producten().stream()
                .map(p -> new Aanvraag(
                        null,
                        p.referentieAanbieder(),
                        Aanvraagstatus.ONTVANGEN,
                        uiterlijk,
                        null,
                        null,
                        List.of(new Regel(
                                Regelsoort.AANGEVRAAGD,
                                null,
                                p.product(),
                                p.periode().begin(),
                                p.periode().eind(),
                                p.omvang(),
                                p.budget(),
                                p.verwijzer(),
                                p.commentaar()))))
                .toList();
        return new Verzoek(
                null,
                Verzoeksoort.VOT,
                vot.gemeente(),
                vot.aanbieder(),
                vot.client(),
                vot.dagtekening(),
                vot.ontvangen(),
                null,
                vot.commentaar(),
                aanvragen);
    }

    static Verzoek vow(VerzoekOmWijziging vow) {
        List<Regel> regels = new ArrayList<>();
        vow.ongewijzigd()
                .forEach(n ->
                        regels.add(new Regel(Regelsoort.ONGEWIJZIGD, n, null, null, null, null, null, null, null)));
        vow.teWijzigen()
                .forEach(t -> regels.add(new Regel(
                        Regelsoort.TE_WIJZIGEN,
                        t.nummer(),
                        null,
                        t.gewensteIngangsdatum(),
                        t.einddatum(),
                        t.omvang(),
                        t.budget(),
                        null,
                        null)));
        vow.nieuw()
                .forEach(n -> regels.add(new Regel(
                        Regelsoort.NIEUW,
                        null,
                        n.product(),
                        n.gewensteIngangsdatum(),
                        n.einddatum(),
                        n.omvang(),
                        n.budget(),
                        null,
                        null)));
        Aanvraag aanvraag = new Aanvraag(
                null,
                vow.referentieAanbieder(),
                Aanvraagstatus.ONTVANGEN,
                antwoordUiterlijk(vow.ontvangen()),
                null,
                null,
                regels);
        return new Verzoek(
                null,
                Verzoeksoort.VOW,
                vow.gemeente(),
                vow.aanbieder(),
                vow.client(),
                vow.dagtekening(),
                vow.ontvangen(),
                vow.reden(),
                null,
                List.of(aanvraag));
    }

    Optional<Aanvraag> aanvraag(String referentie) {
        return aanvragen.stream().filter(a -> a.referentie.equals(referentie)).findFirst();
    }

    /**
     * JW319 with VerzoekAntwoord 2: only once per ReferentieAanbieder (TR360), never after a toewijzing (TR359) or an
     * afwijzing (TR365). The deadline becomes 8 weeks after the dagtekening of the verzoek (OP274, OP346).
     */
    Antwoord zetInOnderzoek(Aanvraag aanvraag) {
        vereisGeenToewijzing(aanvraag);
        vereisNietAfgewezen(aanvraag);
        if (aanvraag.status == Aanvraagstatus.IN_ONDERZOEK) {
            throw new RegelOvertreden(
                    "TR360",
                    Retourcode.ANTWOORD_AL_GESTUURD_VOOR_REFERENTIE,
                    "Verzoek " + aanvraag.referentie
                            + " is al in onderzoek; antwoord nu met een toewijzing of een afwijzing.");
        }
        aanvraag.status = Aanvraagstatus.IN_ONDERZOEK;
        aanvraag.uiterlijk = dagtekening.plusWeeks(WEKEN_ONDERZOEK);
        return new Antwoord(aanvraag.referentie, VerzoekAntwoord.AANVRAAG_IN_ONDERZOEK, null, null);
    }

    /**
     * JW319 with VerzoekAntwoord 1. Reden 8 (woonplaatsbeginsel) names the responsible gemeente, another one than this
     * gemeente; other redenen name none.
     */
    Antwoord wijsAf(Aanvraag aanvraag, RedenAfwijzingVerzoek reden, GemeenteCode woonplaatsgemeente) {
        vereisGeenToewijzing(aanvraag);
        vereisNietAfgewezen(aanvraag);
        if (reden == null) {
            throw new RegelOvertreden(
                    "CD085", null, "Een afwijzing van verzoek " + aanvraag.referentie + " noemt een reden.");
        }
        boolean woonplaats = reden == RedenAfwijzingVerzoek.WOONPLAATSBEGINSEL;
        if (woonplaats && woonplaatsgemeente == null) {
            throw new RegelOvertreden(
                    "OP359",
                    null,
                    "Bij afwijzing op het woonplaatsbeginsel (reden 8) hoort de gemeente die wel verantwoordelijk is.");
        }
        if (!woonplaats && woonplaatsgemeente != null) {
            throw new RegelOvertreden(
                    "OP359", null, "Alleen bij reden 8 (woonplaatsbeginsel) wordt een andere gemeente genoemd.");
        }
        if (woonplaats && woonplaatsgemeente.equals(gemeente)) {
            throw new RegelOvertreden(
                    "OP359",
                    null,
                    "Gemeente " + woonplaatsgemeente
                            + " ontving het verzoek zelf; noem de gemeente die volgens het woonplaatsbeginsel verantwoordelijk is.");
        }
        aanvraag.status = Aanvraagstatus.AFGEWEZEN;
        aanvraag.redenAfwijzing = reden;
        aanvraag.woonplaatsgemeente = woonplaatsgemeente;
        return new Antwoord(aanvraag.referentie, VerzoekAntwoord.VERZOEK_AFGEWEZEN, reden, woonplaatsgemeente);
    }

    /** Marks the aanvraag honoured; the caller has made the toewijzingen. */
    void markeerToegewezen(Aanvraag aanvraag) {
        vereisGeenToewijzing(aanvraag);
        if (aanvraag.status == Aanvraagstatus.AFGEWEZEN) {
            throw new RegelOvertreden(
                    "OP344",
                    null,
                    "Verzoek " + aanvraag.referentie
                            + " is al afgewezen; de aanbieder stuurt zo nodig een nieuw verzoek.");
        }
        aanvraag.status = Aanvraagstatus.TOEGEWEZEN;
    }

    boolean isOnderhanden() {
        return aanvragen.stream().anyMatch(a -> a.status.isOnderhanden());
    }

    private static void vereisGeenToewijzing(Aanvraag aanvraag) {
        if (aanvraag.status == Aanvraagstatus.TOEGEWEZEN) {
            throw new RegelOvertreden(
                    "TR359",
                    Retourcode.TOEWIJZING_AL_GESTUURD_VOOR_REFERENTIE,
                    "Voor verzoek " + aanvraag.referentie + " is al een toewijzing gestuurd.");
        }
    }

    private static void vereisNietAfgewezen(Aanvraag aanvraag) {
        if (aanvraag.status == Aanvraagstatus.AFGEWEZEN) {
            throw new RegelOvertreden(
                    "TR365",
                    Retourcode.VERZOEK_AL_AFGEWEZEN,
                    "Verzoek " + aanvraag.referentie + " is al afgewezen (reden " + aanvraag.redenAfwijzing.code()
                            + ").");
        }
    }
}
