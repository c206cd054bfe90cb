package nl.jeugdregie.toewijzing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Naamgebruik;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeente's client register: name, birth date, sex and address of each jeugdige with toewijzingen or verzoeken,
 * as the JW301 needs them. Each registration keeps its source, and the source decides who may update it:
 *
 * <ul>
 *   <li>the gemeente (BRP, intake) always, and from then on only the gemeente;
 *   <li>a verzoek om toewijzing (JW315) of an aanbieder only when there are no gegevens yet, or when they came from an
 *       earlier verzoek of that same aanbieder. A verzoek of another aanbieder never overwrites them.
 * </ul>
 *
 * Pages check the caller's gemeente and log the access; this service is also used by the outbox and the processing of
 * received messages, which run as the system.
 */
@Service
public class ClientService {

    private final JdbcClient jdbc;
    private final ToewijzingRepository toewijzingen;
    private final Autorisatie autorisatie;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(
            JdbcClient jdbc,
            ToewijzingRepository toewijzingen,
            Autorisatie autorisatie,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.toewijzingen = toewijzingen;
        this.autorisatie = autorisatie;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Clientregistratie> gegevens(GemeenteCode gemeente, Bsn client) {
        return jdbc.sql("""
                        select geboortedatum, datumgebruik, geslacht, achternaam, voorvoegsel, partner_achternaam,
                               partner_voorvoegsel, voornamen, voorletters, naamgebruik, straatnaam, huisnummer, huisletter,
                               huisnummertoevoeging, postcode, plaatsnaam, gegevensbron, gegevensbron_aanbieder,
                               gegevens_gewijzigd_op, gegevens_gewijzigd_door
                        from toewijzing.client where gemeente = :gemeente and bsn = :bsn and gegevensbron is not null""")
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .query((rs, rij) -> registratie(rs))
                .optional();
    }

    /** Records the gegevens as the gemeente knows them (from the BRP or the intake); they take precedence from now on. */
    @Transactional
    public void legVast(GemeenteCode gemeente, Bsn client, Clientgegevens gegevens) {
        toewijzingen.vergrendelClient(gemeente, client);
        bewaar(gemeente, client, gegevens, Clientregistratie.Bron.GEMEENTE, null);
        events.publishEvent(new ClientgegevensVastgelegd(gemeente, nummersVan(gemeente, client)));
    }

    /**
     * Takes over what {@code aanbieder} sent in a JW315 when there are no gegevens yet or they came from an earlier
     * verzoek of that same aanbieder; otherwise changes nothing. An address known earlier is kept (a JW315 carries
     * none). Answers whether the gegevens were taken over.
     */
    @Transactional
    public boolean neemOverUitVerzoek(GemeenteCode gemeente, AgbCode aanbieder, Bsn client, Clientgegevens gegevens) {
        toewijzingen.vergrendelClient(gemeente, client);
        Optional<Clientregistratie> bekend = gegevens(gemeente, client);
        if (bekend.isPresent() && !bekend.get().bijTeWerkenDoorVerzoekVan(aanbieder)) {
            return false;
        }
        Clientgegevens aangevuld = gegevens.adres() == null
                ? gegevens.metAdres(bekend.map(r -> r.gegevens().adres()).orElse(null))
                : gegevens;
        bewaar(gemeente, client, aangevuld, Clientregistratie.Bron.VERZOEK, aanbieder);
        return true;
    }

    private void bewaar(
            GemeenteCode gemeente, Bsn client, Clientgegevens g, Clientregistratie.Bron bron, AgbCode aanbieder) {
        Clientgegevens.Adres adres = g.adres();
        jdbc.sql("""
                        update toewijzing.client set geboortedatum = :geboortedatum, datumgebruik = :datumgebruik,
                            geslacht = :geslacht, achternaam = :achternaam, voorvoegsel = :voorvoegsel,
                            partner_achternaam = :partnerAchternaam, partner_voorvoegsel = :partnerVoorvoegsel,
                            voornamen = :voornamen, voorletters = :voorletters, naamgebruik = :naamgebruik,
                            straatnaam = :straatnaam, huisnummer = :huisnummer, huisletter = :huisletter,
                            huisnummertoevoeging = :toevoeging, postcode = :postcode, plaatsnaam = :plaatsnaam,
                            gegevensbron = :bron, gegevensbron_aanbieder = :aanbieder, gegevens_gewijzigd_op = :op,
                            gegevens_gewijzigd_door = :door
                        where gemeente = :gemeente and bsn = :bsn""")
                .param("geboortedatum", g.geboortedatum())
                .param(
                        "datumgebruik",
                        g.datumgebruik() == null ? null : g.datumgebruik().code())
                .param("geslacht", g.geslacht().code())
                .param("achternaam", g.achternaam())
                .param("voorvoegsel", g.voorvoegsel())
                .param("partnerAchternaam", g.partnerAchternaam())
                .param("partnerVoorvoegsel", g.partnerVoorvoegsel())
                .param("voornamen", g.voornamen())
                .param("voorletters", g.voorletters())
                .param("naamgebruik", g.naamgebruik().code())
                .param("straatnaam", adres == null ? null : adres.straatnaam())
                .param("huisnummer", adres == null ? null : adres.huisnummer())
                .param("huisletter", adres == null ? null : adres.huisletter())
                .param("toevoeging", adres == null ? null : adres.huisnummertoevoeging())
                .param("postcode", adres == null ? null : adres.postcode())
                .param("plaatsnaam", adres == null ? null : adres.plaatsnaam())
                .param("bron", bron.name())
                .param("aanbieder", aanbieder == null ? null : aanbieder.value())
                .param("op", Timestamp.from(clock.instant()))
                .param(
                        "door",
                        autorisatie.huidigeGebruiker().map(Gebruiker::naam).orElse(Toegangslog.SYSTEEM))
                .param("gemeente", gemeente.value())
                .param("bsn", client.value())
                .update();
    }

    private static Clientregistratie registratie(ResultSet rs) throws SQLException {
        String straat = rs.getString("straatnaam");
        Clientgegevens.Adres adres = straat == null
                ? null
                : new Clientgegevens.Adres(
                        straat,
                        rs.getInt("huisnummer"),
                        rs.getString("huisletter"),
                        rs.getString("huisnummertoevoeging"),
                        rs.getString("postcode"),
                        rs.getString("plaatsnaam"));
        String datumgebruik = rs.getString("datumgebruik");
        Clientgegevens gegevens = new Clientgegevens(
                rs.getObject("geboortedatum", LocalDate.class),
                datumgebruik == null ? null : Datumgebruik.vanCode(datumgebruik),
                Geslacht.vanCode(rs.getString("geslacht")),
                rs.getString("achternaam"),
                rs.getString("voorvoegsel"),
                rs.getString("partner_achternaam"),
                rs.getString("partner_voorvoegsel"),
                rs.getString("voornamen"),
                rs.getString("voorletters"),
                Naamgebruik.vanCode(rs.getString("naamgebruik")),
                adres);
        String aanbieder = rs.getString("gegevensbron_aanbieder");
        return new Clientregistratie(
                gegevens,
                Clientregistratie.Bron.valueOf(rs.getString("gegevensbron")),
                aanbieder == null ? null : new AgbCode(aanbieder),
                rs.getTimestamp("gegevens_gewijzigd_op").toInstant(),
                rs.getString("gegevens_gewijzigd_door"));
    }

    private List<Toewijzingnummer> nummersVan(GemeenteCode gemeente, Bsn client) {
        return toewijzingen.vanClient(gemeente, client).stream()
                .map(ToegewezenProduct::nummer)
                .toList();
    }
}
