package nl.jeugdregie.berichtenverkeer;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.ijw.Jw301;
import nl.jeugdregie.ijw.Jw319;
import nl.jeugdregie.ijw.Validatieresultaat;
import nl.jeugdregie.ijw.Validator;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Persoonsregistratie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Werkdagen;
import nl.jeugdregie.kern.codelijst.Berichtcode;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.Antwoord;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.ClientgegevensVastgelegd;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.ToewijzingVastgesteld;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.VerzoekBeantwoord;
import nl.jeugdregie.toewijzing.WachtendToewijzingsbericht;
import nl.jeugdregie.toewijzing.WachtendeToewijzingsberichten;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The gemeente's outgoing heenberichten, made in the same transaction as the decision they carry, so a toewijzing is
 * never stored without its JW301 and never sent twice.
 *
 * <p>JW301: every toewijzing given or changed in one transaction is gathered per aanbieder and client, and just before
 * the commit one JW301 per aanbieder and client carries all actuele toewijzingen plus the changed ones (OP087). When
 * the client register lacks what a JW301 needs (name, birth date, sex, BRP address), the toewijzingen wait, visibly,
 * and the JW301 goes as soon as the gemeente completes the gegevens. JW319: an antwoord on a verzoek (afgewezen, in
 * onderzoek, woonplaatsbeginsel). Every message is checked with the full validator before it is stored; one that
 * fails is a defect and aborts the decision rather than reach an aanbieder.
 */
@Component
class Uitgaandeberichten implements WachtendeToewijzingsberichten {

    private static final String XSD_VERSIE = "1.0.0";
    private static final String SOORT_BRP_ADRES = "01";
    private static final Object VERZAMELING = new Object();

    private final BerichtRepository opslag;
    private final JdbcClient jdbc;
    private final ToewijzingService toewijzingen;
    private final ClientService clienten;
    private final Toegangslog toegangslog;
    private final Autorisatie autorisatie;
    private final Clock clock;
    private final Werkdagen werkdagen = Werkdagen.volgensTermijnenwet();

    Uitgaandeberichten(
            BerichtRepository opslag,
            JdbcClient jdbc,
            ToewijzingService toewijzingen,
            ClientService clienten,
            Toegangslog toegangslog,
            Autorisatie autorisatie,
            Clock clock) {
        this.opslag = opslag;
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.clienten = clienten;
        this.toegangslog = toegangslog;
        this.autorisatie = autorisatie;
        this.clock = clock;
    }

    /** Toewijzingen changed in this transaction, per gemeente and aanbieder, with the version each reached. */
    private record Sleutel(GemeenteCode gemeente, AgbCode aanbieder) {}

    @EventListener
    void bijToewijzing(ToewijzingVastgesteld vastgesteld) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            verstuur(Map.of(
                    new Sleutel(vastgesteld.gemeente(), vastgesteld.aanbieder()),
                    Map.of(vastgesteld.nummer(), vastgesteld.versie())));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Sleutel, Map<Toewijzingnummer, Integer>> verzameling = (Map<Sleutel, Map<Toewijzingnummer, Integer>>)
                TransactionSynchronizationManager.getResource(VERZAMELING);
        if (verzameling == null) {
            Map<Sleutel, Map<Toewijzingnummer, Integer>> nieuw = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(VERZAMELING, nieuw);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    verstuur(nieuw);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(VERZAMELING);
                }
            });
            verzameling = nieuw;
        }
        verzameling
                .computeIfAbsent(
                        new Sleutel(vastgesteld.gemeente(), vastgesteld.aanbieder()), s -> new LinkedHashMap<>())
                .merge(vastgesteld.nummer(), vastgesteld.versie(), Math::max);
    }

    @EventListener
    void bijClientgegevens(ClientgegevensVastgelegd vastgelegd) {
        if (vastgelegd.toewijzingen().isEmpty()) {
            return;
        }
        List<Long> nummers =
                vastgelegd.toewijzingen().stream().map(Toewijzingnummer::value).toList();
        Map<AgbCode, Set<Toewijzingnummer>> wachtend = jdbc
                .sql("""
                        select aanbieder, toewijzingnummer from berichtenverkeer.wachtend_toewijzingsbericht
                        where gemeente = :gemeente and toewijzingnummer = any(:nummers) order by sinds""")
                .param("gemeente", vastgelegd.gemeente().value())
                .param("nummers", nummers.toArray(Long[]::new))
                .query((rs, rij) -> Map.entry(new AgbCode(rs.getString(1)), new Toewijzingnummer(rs.getLong(2))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(LinkedHashSet::new))));
        // The event's toewijzingen are all of one client, so any of them names it.
        wachtend.forEach((aanbieder, wachtende) -> toewijzingen
                .toewijzing(vastgelegd.gemeente(), wachtende.iterator().next())
                .ifPresent(t -> maakToewijzingsbericht(vastgelegd.gemeente(), aanbieder, t.client(), wachtende)));
    }

    @EventListener
    void bijAntwoord(VerzoekBeantwoord beantwoord) {
        Antwoord antwoord = beantwoord.antwoord();
        LocalDate vandaag = LocalDate.now(clock);
        String identificatie = opslag.volgendeIdentificatie();
        Jw319 jw319 = new Jw319(
                header(BerichtType.JW319, beantwoord.gemeente(), beantwoord.aanbieder(), identificatie, vandaag),
                new Jw319.Antwoord(
                        antwoord.referentieAanbieder(),
                        antwoord.antwoord().code(),
                        antwoord.reden().map(r -> r.code()).orElse(null),
                        antwoord.woonplaatsbeginsel()
                                .map(g -> new Jw319.Woonplaatsbeginsel(g.value()))
                                .orElse(null)));
        bewaar(jw319, beantwoord.gemeente(), beantwoord.aanbieder(), identificatie, vandaag);
    }

    /** Toewijzingen of these gemeenten waiting for the client's gegevens before their JW301 can go, oldest first. */
    @Override
    public List<WachtendToewijzingsbericht> wachtend(Set<GemeenteCode> gemeenten) {
        return jdbc.sql("""
                        select gemeente, toewijzingnummer, aanbieder, sinds, ontbreekt
                        from berichtenverkeer.wachtend_toewijzingsbericht where gemeente = any(:gemeenten)
                        order by sinds, gemeente, toewijzingnummer""")
                .param("gemeenten", gemeenten.stream().map(GemeenteCode::value).toArray(String[]::new))
                .query((rs, rij) -> new WachtendToewijzingsbericht(
                        new GemeenteCode(rs.getString("gemeente")),
                        new Toewijzingnummer(rs.getLong("toewijzingnummer")),
                        new AgbCode(rs.getString("aanbieder")),
                        rs.getTimestamp("sinds").toInstant(),
                        rs.getString("ontbreekt")))
                .list();
    }

    private void verstuur(Map<Sleutel, Map<Toewijzingnummer, Integer>> verzameling) {
        verzameling.forEach((sleutel, versies) -> {
            Map<Bsn, Set<Toewijzingnummer>> perClient = new LinkedHashMap<>();
            versies.forEach((nummer, versie) -> toewijzingen
                    .toewijzing(sleutel.gemeente(), nummer)
                    // A change undone by a savepoint rollback left an older version: nothing to send for it.
                    .filter(t -> t.versie() >= versie)
                    .ifPresent(t -> perClient
                            .computeIfAbsent(t.client(), c -> new LinkedHashSet<>())
                            .add(nummer)));
            perClient.forEach((client, gewijzigd) ->
                    maakToewijzingsbericht(sleutel.gemeente(), sleutel.aanbieder(), client, gewijzigd));
        });
    }

    private void maakToewijzingsbericht(
            GemeenteCode gemeente, AgbCode aanbieder, Bsn client, Set<Toewijzingnummer> gewijzigd) {
        List<Long> vanClient = toewijzingen.vanClient(gemeente, client).stream()
                .filter(t -> t.aanbieder().equals(aanbieder))
                .map(t -> t.nummer().value())
                .toList();
        Optional<Persoonsregistratie> registratie = clienten.gegevens(gemeente, client);
        List<String> ontbreekt = registratie
                .map(r -> r.gegevens().ontbrekendVoorToewijzingsbericht())
                .orElse(List.of("naam, geboortedatum en geslacht", "het BRP-adres"));
        if (!ontbreekt.isEmpty()) {
            for (Toewijzingnummer nummer : gewijzigd) {
                jdbc.sql("""
                                insert into berichtenverkeer.wachtend_toewijzingsbericht
                                    (gemeente, toewijzingnummer, aanbieder, sinds, ontbreekt)
                                values (:gemeente, :nummer, :aanbieder, :sinds, :ontbreekt)
                                on conflict (gemeente, toewijzingnummer) do update set ontbreekt = excluded.ontbreekt""")
                        .param("gemeente", gemeente.value())
                        .param("nummer", nummer.value())
                        .param("aanbieder", aanbieder.value())
                        .param("sinds", Timestamp.from(clock.instant()))
                        .param("ontbreekt", String.join(" en ", ontbreekt))
                        .update();
            }
            return;
        }
        Set<Toewijzingnummer> teMelden = new LinkedHashSet<>(gewijzigd);
        teMelden.addAll(jdbc.sql("""
                        delete from berichtenverkeer.wachtend_toewijzingsbericht
                        where gemeente = :gemeente and toewijzingnummer = any(:nummers) returning toewijzingnummer""")
                .param("gemeente", gemeente.value())
                .param("nummers", vanClient.toArray(Long[]::new))
                .query((rs, rij) -> new Toewijzingnummer(rs.getLong(1)))
                .list());
        LocalDate vandaag = LocalDate.now(clock);
        List<ToegewezenProduct> producten =
                toewijzingen.toewijzingsbericht(gemeente, aanbieder, client, vandaag, teMelden);
        if (producten.isEmpty()) {
            return;
        }
        String identificatie = opslag.volgendeIdentificatie();
        Jw301 jw301 = new Jw301(
                header(BerichtType.JW301, gemeente, aanbieder, identificatie, vandaag),
                client(client, registratie.orElseThrow().gegevens(), producten));
        bewaar(jw301, gemeente, aanbieder, identificatie, vandaag);
        toegangslog.registreer(new Gebeurtenis(
                client,
                Actie.VERSTUREN,
                "cliëntgegevens en toewijzingen "
                        + producten.stream().map(t -> t.nummer().toString()).collect(Collectors.joining(", "))
                        + " (JW301 " + identificatie + ")",
                "gemeente " + gemeente.value(),
                "aan aanbieder " + aanbieder.value()));
    }

    private static Jw301.Client client(Bsn bsn, Persoonsgegevens g, List<ToegewezenProduct> producten) {
        Persoonsgegevens.Adres adres = g.adres();
        List<Jw301.ToegewezenProduct> toegewezen = new ArrayList<>();
        for (ToegewezenProduct t : producten) {
            toegewezen.add(new Jw301.ToegewezenProduct(
                    t.nummer().value(),
                    t.referentieAanbieder(),
                    t.product().isGeneriek()
                            ? null
                            : new Basistypen.Product(
                                    t.product().categorie().code(),
                                    t.product().productcode().orElse(null)),
                    t.toewijzingsmoment().toLocalDate(),
                    t.toewijzingsmoment().toLocalTime().withNano(0),
                    t.periode().begin(),
                    t.periode().eind(),
                    t.reden().map(r -> r.code()).orElse(null),
                    t.omvangIndienGevuld()
                            .map(o -> new Basistypen.Omvang(
                                    o.volume(),
                                    o.eenheid().code(),
                                    o.frequentie().code()))
                            .orElse(null),
                    t.budgetIndienGevuld().map(b -> b.eurocent()).orElse(null),
                    t.commentaar()));
        }
        return new Jw301.Client(
                bsn.value(),
                new Basistypen.Geboortedatum(
                        g.geboortedatum(),
                        g.datumgebruik() == null ? null : g.datumgebruik().code()),
                g.geslacht().code(),
                new Basistypen.VolledigeNaam(
                        new Basistypen.Achternaam(g.achternaam(), g.voorvoegsel()),
                        g.partnerAchternaam() == null
                                ? null
                                : new Basistypen.Achternaam(g.partnerAchternaam(), g.partnerVoorvoegsel()),
                        g.voornamen(),
                        g.voorletters(),
                        g.naamgebruik().code()),
                null,
                null,
                null,
                null,
                null,
                List.of(new Basistypen.Contact(
                        SOORT_BRP_ADRES,
                        new Basistypen.Adres(
                                new Basistypen.Huis(
                                        adres.huisnummer().longValue(),
                                        adres.huisletter(),
                                        adres.huisnummertoevoeging(),
                                        null),
                                adres.postcode(),
                                adres.straatnaam(),
                                adres.plaatsnaam(),
                                "NL"),
                        null,
                        null,
                        null,
                        null)),
                toegewezen);
    }

    private static Header header(
            BerichtType type, GemeenteCode gemeente, AgbCode aanbieder, String identificatie, LocalDate dagtekening) {
        return new Header(
                Berichtcode.valueOf(type.name()).code(),
                3L,
                2L,
                gemeente.value(),
                aanbieder.value(),
                new Basistypen.BerichtIdentificatie(identificatie, dagtekening),
                new Basistypen.XsdVersie(XSD_VERSIE, XSD_VERSIE));
    }

    private void bewaar(
            IjwBericht model, GemeenteCode gemeente, AgbCode aanbieder, String identificatie, LocalDate vandaag) {
        Bericht bericht = Berichtmodel.bericht(model);
        byte[] inhoud = BerichtSchrijver.bytes(bericht);
        Validatieresultaat resultaat = Validator.standaard().valideer(new ByteArrayInputStream(inhoud));
        if (!resultaat.geldig()) {
            throw new IllegalStateException(
                    model.type() + " " + identificatie + " voldoet niet aan de standaard: " + resultaat.bevindingen());
        }
        Instant nu = clock.instant();
        opslag.bewaar(new BerichtRepository.NieuwBericht(
                UUID.randomUUID(),
                Richting.UIT,
                model.type().name(),
                gemeente.value(),
                aanbieder.value(),
                identificatie,
                vandaag,
                Kanaal.SYSTEEM,
                null,
                autorisatie.huidigeGebruiker().map(Gebruiker::gebruikersnaam).orElse("systeem"),
                inhoud,
                Berichtenbus.sha256(inhoud),
                Berichtstatus.KLAAR,
                nu,
                werkdagen.plus(vandaag, 3),
                null));
    }
}
