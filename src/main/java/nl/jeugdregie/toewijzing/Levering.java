package nl.jeugdregie.toewijzing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;

/**
 * The levering on one toewijzing: the starts and stops an aanbieder reported in JW305 and JW307, checked against each
 * other and against the toewijzing (TR019, TR063, TR071, TR074, TR326, TR382, TR413-TR415). A deleted start or stop
 * (StatusAanlevering 3) stays on record but no longer counts.
 */
class Levering {

    static final class Start {
        Long id;
        final Productaanduiding product;
        final java.time.LocalDate toewijzingIngangsdatum;
        final java.time.LocalDate begindatum;
        final LocalDateTime ontvangen;
        boolean verwijderd;
        final List<Stop> stops = new ArrayList<>();

        Start(
                Long id,
                Productaanduiding product,
                java.time.LocalDate toewijzingIngangsdatum,
                java.time.LocalDate begindatum,
                LocalDateTime ontvangen,
                boolean verwijderd) {
            this.id = id;
            this.product = product;
            this.toewijzingIngangsdatum = toewijzingIngangsdatum;
            this.begindatum = begindatum;
            this.ontvangen = ontvangen;
            this.verwijderd = verwijderd;
        }

        List<Stop> geldigeStops() {
            return stops.stream().filter(s -> !s.verwijderd).toList();
        }

        boolean isActueel() {
            return !verwijderd && geldigeStops().isEmpty();
        }

        boolean isGestopt() {
            return !geldigeStops().isEmpty();
        }
    }

    static final class Stop {
        Long id;
        final java.time.LocalDate einddatum;
        final RedenBeeindiging reden;
        final LocalDateTime ontvangen;
        boolean verwijderd;

        Stop(
                Long id,
                java.time.LocalDate einddatum,
                RedenBeeindiging reden,
                LocalDateTime ontvangen,
                boolean verwijderd) {
            this.id = id;
            this.einddatum = einddatum;
            this.reden = reden;
            this.ontvangen = ontvangen;
            this.verwijderd = verwijderd;
        }
    }

    private final GemeenteCode gemeente;
    private final Toewijzingnummer nummer;
    private final List<Start> starts;

    Levering(GemeenteCode gemeente, Toewijzingnummer nummer, List<Start> starts) {
        this.gemeente = gemeente;
        this.nummer = nummer;
        this.starts = new ArrayList<>(starts);
        this.starts.sort(Comparator.comparing((Start s) -> s.begindatum));
    }

    GemeenteCode gemeente() {
        return gemeente;
    }

    Toewijzingnummer nummer() {
        return nummer;
    }

    List<Start> starts() {
        return List.copyOf(starts);
    }

    /**
     * TR019: a start or stop must belong to a toewijzing of this gemeente, for the same client, aanbieder and product.
     * A removed toewijzing (reden 13) counts as never sent. A toewijzing of another aanbieder is answered as if it did
     * not exist, so the answer never tells one aanbieder what another was given.
     */
    static void controleerKoppeling(
            Toewijzingnummer nummer,
            ToegewezenProduct toewijzing,
            nl.jeugdregie.kern.AgbCode aanbieder,
            nl.jeugdregie.kern.Bsn client,
            Productaanduiding product) {
        String melding = null;
        if (nummer == null) {
            melding = "De melding heeft geen toewijzingnummer; bij inspannings- en outputgericht werken hoort er een.";
        } else if (toewijzing == null || !toewijzing.aanbieder().equals(aanbieder)) {
            melding = "Aanbieder " + aanbieder + " heeft bij deze gemeente geen toewijzing " + nummer + ".";
        } else if (toewijzing.isVervallen()) {
            melding = "Toewijzing " + nummer + " bestaat niet bij deze gemeente (verwijderd met reden 13).";
        } else if (!toewijzing.client().equals(client)) {
            melding = "Toewijzing " + nummer + " hoort bij een andere client dan BSN " + client + ".";
        } else if (!toewijzing.product().equals(product)) {
            melding =
                    "Toewijzing " + nummer + " is voor " + toewijzing.product() + ", de melding noemt " + product + ".";
        }
        if (melding != null) {
            throw new RegelOvertreden("TR019", Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING, melding);
        }
    }

    /** Processes one StartProduct; StatusAanlevering 3 deletes the start with the same key. */
    Start start(Startmelding melding, LocalDateTime ontvangen) {
        return switch (melding.status()) {
            case VERWIJDEREN_AANLEVERING -> verwijderStart(melding);
            case EERSTE_AANLEVERING -> nieuweStart(melding, ontvangen);
            default -> throw statusNietToegestaan(melding.status());
        };
    }

    /** Processes one StopProduct; StatusAanlevering 3 deletes the stop with the same begindatum, einddatum and reden. */
    Stop stop(Stopmelding melding, LocalDateTime ontvangen) {
        return switch (melding.status()) {
            case VERWIJDEREN_AANLEVERING -> verwijderStop(melding);
            case EERSTE_AANLEVERING -> nieuweStop(melding, ontvangen);
            default -> throw statusNietToegestaan(melding.status());
        };
    }

    Zorgtraject zorgtraject() {
        List<Zorgtraject.Periode> perioden = new ArrayList<>();
        Zorgtraject.Status status = Zorgtraject.Status.NIET_GESTART;
        for (Start start : starts) {
            if (start.verwijderd) {
                continue;
            }
            Optional<Stop> laatste = start.geldigeStops().stream()
                    .max(Comparator.comparing((Stop s) -> s.einddatum).thenComparing(s -> !s.reden.isTijdelijk()));
            perioden.add(new Zorgtraject.Periode(
                    start.begindatum,
                    laatste.map(s -> s.einddatum).orElse(null),
                    laatste.map(s -> s.reden).orElse(null)));
            status = laatste.map(s ->
                            s.reden.isTijdelijk() ? Zorgtraject.Status.TIJDELIJK_GESTOPT : Zorgtraject.Status.GESTOPT)
                    .orElse(Zorgtraject.Status.GESTART);
        }
        return new Zorgtraject(nummer, status, perioden);
    }

    private Start nieuweStart(Startmelding melding, LocalDateTime ontvangen) {
        if (zoekStart(melding.product(), melding.begindatum()).isPresent()) {
            throw new RegelOvertreden(
                    "TR074",
                    Retourcode.SLEUTEL_AL_ONTVANGEN,
                    "Er is al een start ontvangen voor toewijzing " + nummer + " met begindatum "
                            + Notatie.datum(melding.begindatum())
                            + ". Verwijder die eerst (status aanlevering 3) om hem te corrigeren.");
        }
        Optional<Start> actueel = starts.stream().filter(Start::isActueel).findFirst();
        if (actueel.isPresent()) {
            throw new RegelOvertreden(
                    "TR326",
                    Retourcode.LEVERING_NIET_GESTOPT,
                    "De levering op toewijzing " + nummer + " die op " + Notatie.datum(actueel.get().begindatum)
                            + " begon, is nog niet gestopt; stuur eerst een stopbericht.");
        }
        Start start = new Start(
                null, melding.product(), melding.toewijzingIngangsdatum(), melding.begindatum(), ontvangen, false);
        starts.add(start);
        starts.sort(Comparator.comparing((Start s) -> s.begindatum));
        return start;
    }

    private Start verwijderStart(Startmelding melding) {
        Start start = zoekStart(melding.product(), melding.begindatum())
                .orElseThrow(() -> new RegelOvertreden(
                        "TR063",
                        Retourcode.GEEN_EERDER_BERICHT,
                        "Er is geen start met begindatum " + Notatie.datum(melding.begindatum()) + " op toewijzing "
                                + nummer + " om te verwijderen."));
        if (start.isGestopt()) {
            throw new RegelOvertreden(
                    "TR071",
                    Retourcode.START_NIET_VERWIJDERBAAR_NA_BEEINDIGING,
                    "De start van " + Notatie.datum(start.begindatum) + " op toewijzing " + nummer
                            + " is al gestopt; verwijder eerst het stopbericht.");
        }
        start.verwijderd = true;
        return start;
    }

    private Stop nieuweStop(Stopmelding melding, LocalDateTime ontvangen) {
        Start start = zoekStart(melding.product(), melding.begindatum())
                .orElseThrow(() -> new RegelOvertreden(
                        "TR382",
                        Retourcode.GEEN_ACTUEEL_STARTBERICHT,
                        "Er is geen start met begindatum " + Notatie.datum(melding.begindatum()) + " voor "
                                + melding.product() + " op toewijzing " + nummer
                                + "; de stop moet de sleutel van de start overnemen."));
        if (melding.einddatum().isBefore(start.begindatum)) {
            throw new RegelOvertreden(
                    "CS003",
                    null,
                    "Einddatum " + Notatie.datum(melding.einddatum()) + " ligt voor begindatum "
                            + Notatie.datum(start.begindatum) + ".");
        }
        List<Stop> geldig = start.geldigeStops();
        if (geldig.stream().anyMatch(s -> s.einddatum.equals(melding.einddatum()) && s.reden == melding.reden())) {
            throw new RegelOvertreden(
                    "TR074",
                    Retourcode.SLEUTEL_AL_ONTVANGEN,
                    "Deze stop (einddatum " + Notatie.datum(melding.einddatum()) + ", reden "
                            + melding.reden().code() + ") is al ontvangen.");
        }
        Optional<Stop> definitief =
                geldig.stream().filter(s -> !s.reden.isTijdelijk()).findFirst();
        if (definitief.isPresent()) {
            throw new RegelOvertreden(
                    "TR415",
                    Retourcode.DEFINITIEVE_STOP_AL_GEMELD,
                    "De levering van " + Notatie.datum(start.begindatum) + " op toewijzing " + nummer
                            + " is al definitief gestopt op "
                            + Notatie.datum(definitief.get().einddatum) + " (reden "
                            + definitief.get().reden.code() + ").");
        }
        Optional<Stop> tijdelijk =
                geldig.stream().filter(s -> s.reden.isTijdelijk()).findFirst();
        if (tijdelijk.isPresent() && melding.reden().isTijdelijk()) {
            throw new RegelOvertreden(
                    "TR413",
                    Retourcode.TIJDELIJKE_STOP_AL_GEMELD,
                    "De levering van " + Notatie.datum(start.begindatum) + " is al tijdelijk gestopt op "
                            + Notatie.datum(tijdelijk.get().einddatum)
                            + "; na een tijdelijke stop volgt een nieuwe start of een definitieve stop (reden ongelijk aan 20).");
        }
        if (tijdelijk.isPresent() && melding.einddatum().isBefore(tijdelijk.get().einddatum)) {
            throw new RegelOvertreden(
                    "TR414",
                    Retourcode.EINDDATUM_VOOR_TIJDELIJKE_STOP,
                    "Einddatum " + Notatie.datum(melding.einddatum()) + " ligt voor de einddatum "
                            + Notatie.datum(tijdelijk.get().einddatum) + " van de eerdere tijdelijke stop.");
        }
        Stop stop = new Stop(null, melding.einddatum(), melding.reden(), ontvangen, false);
        start.stops.add(stop);
        return stop;
    }

    private Stop verwijderStop(Stopmelding melding) {
        Stop stop = zoekStart(melding.product(), melding.begindatum()).stream()
                .flatMap(s -> s.geldigeStops().stream())
                .filter(s -> s.einddatum.equals(melding.einddatum()) && s.reden == melding.reden())
                .findFirst()
                .orElseThrow(() -> new RegelOvertreden(
                        "TR063",
                        Retourcode.GEEN_EERDER_BERICHT,
                        "Er is geen stop met begindatum " + Notatie.datum(melding.begindatum()) + ", einddatum "
                                + Notatie.datum(melding.einddatum())
                                + " en reden " + melding.reden().code() + " op toewijzing " + nummer
                                + " om te verwijderen."));
        stop.verwijderd = true;
        return stop;
    }

    private Optional<Start> zoekStart(Productaanduiding product, java.time.LocalDate begindatum) {
        return starts.stream()
                .filter(s -> !s.verwijderd && s.begindatum.equals(begindatum) && s.product.equals(product))
                .findFirst();
    }

    private static RegelOvertreden statusNietToegestaan(StatusAanlevering status) {
        return new RegelOvertreden(
                "OP033x2",
                Retourcode.TECHNISCH_AFGEKEURD,
                "Status aanlevering " + status.code() + " (" + status.omschrijving()
                        + ") kan niet; gebruik 1 voor een nieuwe en 3 om een eerdere te verwijderen.");
    }
}
