package nl.jeugdregie.toegang;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.toegang.beschikking.Besluitsoort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores hulpvragen, triage, besluiten, beschikkingen and goals in schema {@code toegang}. */
@Repository
class ToegangRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ToegangRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- hulpvragen ---

    void voegToe(Hulpvraag h) {
        jdbc.sql("""
                        insert into toegang.hulpvraag (id, jeugdige, gemeente, route, verwijzer_code, verwijzer_agb,
                            verwijzer_naam, ontvangen, omschrijving, urgentie, toestemming, toestemming_door, maatregel,
                            machtiging_gesloten, status, uiterlijk, verzoek_aanbieder, verzoek_referentie, aangemaakt_op,
                            aangemaakt_door)
                        values (:id, :jeugdige, :gemeente, :route, :verwijzerCode, :verwijzerAgb, :verwijzerNaam,
                            :ontvangen, :omschrijving, :urgentie, :toestemming, :toestemmingDoor, :maatregel,
                            :machtiging, :status, :uiterlijk, :verzoekAanbieder, :verzoekReferentie, :op, :door)""")
                .param("id", h.id())
                .param("jeugdige", h.jeugdige())
                .param("gemeente", h.gemeente().value())
                .param("route", h.route().name())
                .param("verwijzerCode", h.verwijzing().type().code())
                .param(
                        "verwijzerAgb",
                        h.verwijzing().agb() == null
                                ? null
                                : h.verwijzing().agb().value())
                .param("verwijzerNaam", h.verwijzing().naam())
                .param("ontvangen", h.ontvangen())
                .param("omschrijving", h.omschrijving())
                .param("urgentie", h.urgentie().name())
                .param("toestemming", h.toestemming())
                .param("toestemmingDoor", h.toestemmingDoor())
                .param("maatregel", h.maatregel())
                .param("machtiging", h.machtigingGesloten())
                .param("status", h.status().name())
                .param("uiterlijk", h.uiterlijk())
                .param(
                        "verzoekAanbieder",
                        h.verzoekAanbieder() == null
                                ? null
                                : h.verzoekAanbieder().value())
                .param("verzoekReferentie", h.verzoekReferentie())
                .param("op", Timestamp.from(h.aangemaaktOp()))
                .param("door", h.aangemaaktDoor())
                .update();
    }

    boolean heeftOpen(UUID jeugdige, GemeenteCode gemeente, Route route) {
        return jdbc.sql("""
                        select exists (select 1 from toegang.hulpvraag where jeugdige = :jeugdige
                            and gemeente = :gemeente and route = :route and status = 'OPEN')""")
                .param("jeugdige", jeugdige)
                .param("gemeente", gemeente.value())
                .param("route", route.name())
                .query(Boolean.class)
                .single();
    }

    Optional<Hulpvraag> hulpvraag(UUID id) {
        return jdbc.sql("select * from toegang.hulpvraag where id = :id")
                .param("id", id)
                .query(ToegangRepository::hulpvraag)
                .optional();
    }

    /** Locks the hulpvraag until the transaction ends, so two besluiten on it never interleave. */
    Optional<Hulpvraag> vergrendel(UUID id) {
        return jdbc.sql("select * from toegang.hulpvraag where id = :id for update")
                .param("id", id)
                .query(ToegangRepository::hulpvraag)
                .optional();
    }

    List<Hulpvraag> vanJeugdige(UUID jeugdige, Collection<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from toegang.hulpvraag where jeugdige = :jeugdige and gemeente in (:gemeenten)
                         order by ontvangen desc, aangemaakt_op desc""")
                .param("jeugdige", jeugdige)
                .param("gemeenten", codes(gemeenten))
                .query(ToegangRepository::hulpvraag)
                .list();
    }

    /** Open hulpvragen of the gemeenten: crisis first, then spoed, then by the end of the term. */
    List<Hulpvraag> open(Collection<GemeenteCode> gemeenten, int maximum) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from toegang.hulpvraag where status = 'OPEN' and gemeente in (:gemeenten)
                         order by case urgentie when 'CRISIS' then 0 when 'SPOED' then 1 else 2 end,
                                  coalesce(verlengd_tot, uiterlijk), ontvangen
                         limit :maximum""")
                .param("gemeenten", codes(gemeenten))
                .param("maximum", maximum)
                .query(ToegangRepository::hulpvraag)
                .list();
    }

    void zetStatus(UUID id, Hulpvraag.Status status) {
        jdbc.sql("update toegang.hulpvraag set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    void legToestemmingVast(UUID id, String door, Instant op) {
        jdbc.sql("""
                        update toegang.hulpvraag set toestemming = true, toestemming_door = :door, toestemming_op = :op
                         where id = :id""")
                .param("door", door)
                .param("op", Timestamp.from(op))
                .param("id", id)
                .update();
    }

    void verleng(UUID id, LocalDate tot, String reden) {
        jdbc.sql("update toegang.hulpvraag set verlengd_tot = :tot, verlenging_reden = :reden where id = :id")
                .param("tot", tot)
                .param("reden", reden)
                .param("id", id)
                .update();
    }

    private static Hulpvraag hulpvraag(ResultSet rs, int rij) throws SQLException {
        String agb = rs.getString("verwijzer_agb");
        String verzoekAanbieder = rs.getString("verzoek_aanbieder");
        return new Hulpvraag(
                rs.getObject("id", UUID.class),
                rs.getObject("jeugdige", UUID.class),
                new GemeenteCode(rs.getString("gemeente")),
                Route.valueOf(rs.getString("route")),
                new Hulpvraag.Verwijzing(
                        Verwijzer.vanCode(rs.getString("verwijzer_code")),
                        agb == null ? null : new AgbCode(agb),
                        rs.getString("verwijzer_naam")),
                rs.getObject("ontvangen", LocalDate.class),
                rs.getString("omschrijving"),
                Urgentie.valueOf(rs.getString("urgentie")),
                rs.getBoolean("toestemming"),
                rs.getString("toestemming_door"),
                rs.getString("maatregel"),
                rs.getBoolean("machtiging_gesloten"),
                Hulpvraag.Status.valueOf(rs.getString("status")),
                rs.getObject("uiterlijk", LocalDate.class),
                rs.getObject("verlengd_tot", LocalDate.class),
                rs.getString("verlenging_reden"),
                verzoekAanbieder == null ? null : new AgbCode(verzoekAanbieder),
                rs.getString("verzoek_referentie"),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                rs.getString("aangemaakt_door"));
    }

    // --- triage ---

    void bewaarTriage(UUID hulpvraag, Triage t, Trede advies, Instant op, String door) {
        Map<String, Map<String, Object>> domeinen = new LinkedHashMap<>();
        t.domeinen().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("ernst", e.getValue().ernst().waarde());
            d.put("krachten", e.getValue().krachten());
            d.put("zorgen", e.getValue().zorgen());
            domeinen.put(e.getKey().code(), d);
        });
        List<Map<String, Object>> deelnemers = t.deelnemers().stream()
                .map(d -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rol", d.rol().code());
                    m.put("naam", d.naam());
                    m.put("inbreng", d.inbreng());
                    return m;
                })
                .toList();
        jdbc.sql("""
                        insert into toegang.triage (hulpvraag, versie, domeinen, zorgen_veiligheid, meldcode_doorlopen,
                            veilig_thuis_betrokken, thuis_veilig, urgentie, deelnemers, wens_jeugdige, advies_trede,
                            vastgelegd_op, vastgelegd_door)
                        values (:hulpvraag,
                            (select coalesce(max(versie), 0) + 1 from toegang.triage where hulpvraag = :hulpvraag),
                            cast(:domeinen as jsonb), :zorgen, :meldcode, :veiligThuis, :thuisVeilig, :urgentie,
                            cast(:deelnemers as jsonb), :wens, :advies, :op, :door)""")
                .param("hulpvraag", hulpvraag)
                .param("domeinen", JSON.writeValueAsString(domeinen))
                .param("zorgen", t.veiligheid().zorgenOverVeiligheid())
                .param("meldcode", t.veiligheid().meldcodeDoorlopen())
                .param("veiligThuis", t.veiligheid().veiligThuisBetrokken())
                .param("thuisVeilig", t.veiligheid().thuisVeilig())
                .param("urgentie", t.urgentie().name())
                .param("deelnemers", JSON.writeValueAsString(deelnemers))
                .param("wens", t.wensJeugdige())
                .param("advies", advies.name())
                .param("op", Timestamp.from(op))
                .param("door", door)
                .update();
    }

    /** The latest triage of the hulpvraag with when and by whom. */
    record VastgelegdeTriage(Triage triage, Trede advies, int versie, Instant op, String door) {}

    Optional<VastgelegdeTriage> triage(UUID hulpvraag) {
        return jdbc.sql("""
                        select * from toegang.triage where hulpvraag = :hulpvraag order by versie desc limit 1""")
                .param("hulpvraag", hulpvraag)
                .query((rs, rij) -> new VastgelegdeTriage(
                        new Triage(
                                domeinen(rs.getString("domeinen")),
                                new Triage.Veiligheid(
                                        rs.getBoolean("zorgen_veiligheid"),
                                        rs.getBoolean("meldcode_doorlopen"),
                                        rs.getBoolean("veilig_thuis_betrokken"),
                                        rs.getBoolean("thuis_veilig")),
                                Urgentie.valueOf(rs.getString("urgentie")),
                                deelnemers(rs.getString("deelnemers")),
                                rs.getString("wens_jeugdige")),
                        Trede.valueOf(rs.getString("advies_trede")),
                        rs.getInt("versie"),
                        rs.getTimestamp("vastgelegd_op").toInstant(),
                        rs.getString("vastgelegd_door")))
                .optional();
    }

    @SuppressWarnings("unchecked")
    private static Map<Levensdomein, Triage.Domeinbeoordeling> domeinen(String json) {
        Map<String, Map<String, Object>> gelezen = JSON.readValue(json, Map.class);
        Map<Levensdomein, Triage.Domeinbeoordeling> domeinen = new EnumMap<>(Levensdomein.class);
        gelezen.forEach((code, d) -> domeinen.put(
                Levensdomein.vanCode(code),
                new Triage.Domeinbeoordeling(
                        Ernst.vanWaarde(((Number) d.get("ernst")).intValue()), (String) d.get("krachten"), (String)
                                d.get("zorgen"))));
        return domeinen;
    }

    @SuppressWarnings("unchecked")
    private static List<Triage.Deelnemer> deelnemers(String json) {
        List<Map<String, String>> gelezen = JSON.readValue(json, List.class);
        return gelezen.stream()
                .map(d -> new Triage.Deelnemer(Deelnemersrol.vanCode(d.get("rol")), d.get("naam"), d.get("inbreng")))
                .toList();
    }

    // --- advice: what the region offers ---

    /**
     * The products of these CBS hulpvormen that an aanbieder has a contract for on {@code dag}, with the current
     * waiting time the aanbieder reported for the product, shortest first. A product without a hulpvorm in the
     * catalogue counts by its category ({@link Trede#HULPVORM_BIJ_CATEGORIE}).
     */
    List<Advies.Aanbod> aanbod(List<Hulpvorm> hulpvormen, LocalDate dag) {
        if (hulpvormen.isEmpty()) {
            return List.of();
        }
        List<String> categorieen = Trede.categorieenVoor(hulpvormen);
        return jdbc
                .sql("""
                        select distinct on (c.agb, c.productcode)
                               c.productcode, c.productomschrijving, c.agb, c.aanbiedernaam,
                               w.weken_tot_start, w.bevestigd_op, coalesce(w.aanmeldstop, false) as aanmeldstop
                          from inkoop.v_contractproducten c
                          left join inkoop.v_wachttijden w on w.agb = c.agb and w.productcode = c.productcode
                         where :dag >= c.contract_begindatum
                           and (c.contract_einddatum is null or :dag <= c.contract_einddatum)
                           and (c.hulpvorm in (:hulpvormen)
                                or (c.hulpvorm is null and c.productcategorie in (:categorieen)))
                         order by c.agb, c.productcode, w.bevestigd_op desc nulls last""")
                .param("dag", dag)
                .param("hulpvormen", hulpvormen.stream().map(Hulpvorm::code).toList())
                .param("categorieen", categorieen.isEmpty() ? List.of("") : categorieen)
                .query((rs, rij) -> new Advies.Aanbod(
                        rs.getString("productcode"),
                        rs.getString("productomschrijving"),
                        rs.getString("agb"),
                        rs.getString("aanbiedernaam"),
                        rs.getBigDecimal("weken_tot_start"),
                        rs.getObject("bevestigd_op", LocalDate.class),
                        rs.getBoolean("aanmeldstop")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((Advies.Aanbod a) -> a.aanmeldstop())
                        .thenComparing(a -> a.wekenTotStart() == null
                                ? java.math.BigDecimal.valueOf(Integer.MAX_VALUE)
                                : a.wekenTotStart())
                        .thenComparing(Advies.Aanbod::aanbiedernaam))
                .toList();
    }

    // --- besluiten and beschikkingen ---

    void bewaarBesluit(Besluit b, Besluitvraag vraag) {
        jdbc.sql("""
                        insert into toegang.besluit (id, hulpvraag, soort, advies_trede, gekozen_trede, reden_zwaarder,
                            motivering, productcode, aanbieder, ingangsdatum, einddatum, volume, eenheid, frequentie,
                            toewijzingnummer, besloten_op, besloten_door)
                        values (:id, :hulpvraag, :soort, :advies, :gekozen, :redenZwaarder, :motivering, :productcode,
                            :aanbieder, :ingang, :eind, :volume, :eenheid, :frequentie, :nummer, :op, :door)""")
                .param("id", b.id())
                .param("hulpvraag", b.hulpvraag())
                .param("soort", b.soort().name())
                .param(
                        "advies",
                        b.adviesTrede() == null ? null : b.adviesTrede().name())
                .param(
                        "gekozen",
                        b.gekozenTrede() == null ? null : b.gekozenTrede().name())
                .param("redenZwaarder", b.redenZwaarder())
                .param("motivering", b.motivering())
                .param("productcode", b.productcode())
                .param("aanbieder", b.aanbieder())
                .param("ingang", b.ingangsdatum())
                .param("eind", b.einddatum())
                .param("volume", vraag.omvang() == null ? null : vraag.omvang().volume())
                .param(
                        "eenheid",
                        vraag.omvang() == null ? null : vraag.omvang().eenheid().code())
                .param(
                        "frequentie",
                        vraag.omvang() == null
                                ? null
                                : vraag.omvang().frequentie().code())
                .param("nummer", b.toewijzingnummer())
                .param("op", Timestamp.from(b.beslotenOp()))
                .param("door", b.beslotenDoor())
                .update();
    }

    Optional<Besluit> besluitVan(UUID hulpvraag) {
        return jdbc.sql("select * from toegang.besluit where hulpvraag = :hulpvraag")
                .param("hulpvraag", hulpvraag)
                .query(ToegangRepository::besluit)
                .optional();
    }

    private static Besluit besluit(ResultSet rs, int rij) throws SQLException {
        String advies = rs.getString("advies_trede");
        String gekozen = rs.getString("gekozen_trede");
        long nummer = rs.getLong("toewijzingnummer");
        boolean zonderNummer = rs.wasNull();
        String eenheid = rs.getString("eenheid");
        String omvang = eenheid == null
                ? null
                : new nl.jeugdregie.toewijzing.Omvang(
                                rs.getLong("volume"),
                                nl.jeugdregie.kern.codelijst.Eenheid.vanCode(eenheid),
                                nl.jeugdregie.kern.codelijst.Frequentie.vanCode(rs.getString("frequentie")))
                        .toString();
        return new Besluit(
                rs.getObject("id", UUID.class),
                rs.getObject("hulpvraag", UUID.class),
                Besluitsoort.valueOf(rs.getString("soort")),
                advies == null ? null : Trede.valueOf(advies),
                gekozen == null ? null : Trede.valueOf(gekozen),
                rs.getString("reden_zwaarder"),
                rs.getString("motivering"),
                rs.getString("productcode"),
                rs.getString("aanbieder"),
                rs.getObject("ingangsdatum", LocalDate.class),
                rs.getObject("einddatum", LocalDate.class),
                omvang,
                zonderNummer ? null : nummer,
                rs.getTimestamp("besloten_op").toInstant(),
                rs.getString("besloten_door"));
    }

    String volgendKenmerk(GemeenteCode gemeente, int jaar) {
        long nummer = jdbc.sql("select nextval('toegang.beschikkingnummer')")
                .query(Long.class)
                .single();
        return "JW-" + gemeente.value() + "-" + jaar + "-" + String.format("%06d", nummer);
    }

    void bewaarBeschikking(Beschikking b, byte[] pdf) {
        jdbc.sql("""
                        insert into toegang.beschikking (id, besluit, kenmerk, dagtekening, pdf, sha256, aangemaakt_op)
                        values (:id, :besluit, :kenmerk, :dagtekening, :pdf, :sha256, :op)""")
                .param("id", b.id())
                .param("besluit", b.besluit())
                .param("kenmerk", b.kenmerk())
                .param("dagtekening", b.dagtekening())
                .param("pdf", pdf)
                .param("sha256", b.sha256())
                .param("op", Timestamp.from(b.aangemaaktOp()))
                .update();
    }

    private static final String BESCHIKKING = """
            select k.id, k.besluit, b.hulpvraag, k.kenmerk, k.dagtekening, k.sha256, k.aangemaakt_op
              from toegang.beschikking k join toegang.besluit b on b.id = k.besluit""";

    Optional<Beschikking> beschikking(UUID id) {
        return jdbc.sql(BESCHIKKING + " where k.id = :id")
                .param("id", id)
                .query(ToegangRepository::beschikking)
                .optional();
    }

    Optional<Beschikking> beschikkingVanHulpvraag(UUID hulpvraag) {
        return jdbc.sql(BESCHIKKING + " where b.hulpvraag = :hulpvraag")
                .param("hulpvraag", hulpvraag)
                .query(ToegangRepository::beschikking)
                .optional();
    }

    byte[] pdf(UUID beschikking) {
        return jdbc.sql("select pdf from toegang.beschikking where id = :id")
                .param("id", beschikking)
                .query(byte[].class)
                .single();
    }

    private static Beschikking beschikking(ResultSet rs, int rij) throws SQLException {
        return new Beschikking(
                rs.getObject("id", UUID.class),
                rs.getObject("besluit", UUID.class),
                rs.getObject("hulpvraag", UUID.class),
                rs.getString("kenmerk"),
                rs.getObject("dagtekening", LocalDate.class),
                rs.getString("sha256"),
                rs.getTimestamp("aangemaakt_op").toInstant());
    }

    // --- plan ---

    void voegDoelToe(UUID jeugdige, Doel doel, Instant op, String door) {
        jdbc.sql("""
                        insert into toegang.doel (id, jeugdige, gemeente, omschrijving, afgesproken_met, evaluatiedatum,
                            vastgelegd_op, vastgelegd_door)
                        values (:id, :jeugdige, :gemeente, :omschrijving, :met, :evaluatiedatum, :op, :door)""")
                .param("id", doel.id())
                .param("jeugdige", jeugdige)
                .param("gemeente", doel.gemeente().value())
                .param("omschrijving", doel.omschrijving())
                .param("met", doel.afgesprokenMet())
                .param("evaluatiedatum", doel.evaluatiedatum())
                .param("op", Timestamp.from(op))
                .param("door", door)
                .update();
    }

    boolean evalueer(UUID jeugdige, UUID doel, Doel.Doeluitkomst uitkomst, String evaluatie, LocalDate op) {
        return jdbc.sql("""
                                update toegang.doel set uitkomst = :uitkomst, evaluatie = :evaluatie, geevalueerd_op = :op
                                 where id = :id and jeugdige = :jeugdige""")
                        .param("uitkomst", uitkomst.name())
                        .param("evaluatie", evaluatie)
                        .param("op", op)
                        .param("id", doel)
                        .param("jeugdige", jeugdige)
                        .update()
                == 1;
    }

    List<Doel> doelen(UUID jeugdige, Collection<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from toegang.doel where jeugdige = :jeugdige and gemeente in (:gemeenten)
                         order by evaluatiedatum, vastgelegd_op""")
                .param("jeugdige", jeugdige)
                .param("gemeenten", codes(gemeenten))
                .query((rs, rij) -> {
                    String uitkomst = rs.getString("uitkomst");
                    return new Doel(
                            rs.getObject("id", UUID.class),
                            new GemeenteCode(rs.getString("gemeente")),
                            rs.getString("omschrijving"),
                            rs.getString("afgesproken_met"),
                            rs.getObject("evaluatiedatum", LocalDate.class),
                            uitkomst == null ? null : Doel.Doeluitkomst.valueOf(uitkomst),
                            rs.getString("evaluatie"),
                            rs.getObject("geevalueerd_op", LocalDate.class));
                })
                .list();
    }

    /** Goals of the gemeenten whose evaluation date has come and that are not evaluated: the reviews due. */
    List<Review> reviewsTeDoen(Collection<GemeenteCode> gemeenten, LocalDate vandaag) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select jeugdige, id, omschrijving, evaluatiedatum from toegang.doel
                         where uitkomst is null and evaluatiedatum <= :vandaag and gemeente in (:gemeenten)
                         order by evaluatiedatum limit 100""")
                .param("vandaag", vandaag)
                .param("gemeenten", codes(gemeenten))
                .query((rs, rij) -> new Review(
                        rs.getObject("jeugdige", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("omschrijving"),
                        rs.getObject("evaluatiedatum", LocalDate.class)))
                .list();
    }

    // --- timeline: what other modules publish about the jeugdige, by its pseudonym ---

    List<Tijdlijnitem> toewijzingsgebeurtenissen(String pseudoniem, Collection<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select (t.toewijzingsmoment at time zone 'Europe/Amsterdam')::date as datum, 'toewijzing' as soort,
                               'Toewijzing ' || t.toewijzingnummer || ': product ' || coalesce(t.productcode, t.productcategorie)
                               || ' bij aanbieder ' || t.aanbieder || ', ' || to_char(t.ingangsdatum, 'DD-MM-YYYY')
                               || ' tot en met ' || coalesce(to_char(t.einddatum, 'DD-MM-YYYY'), 'onbepaald')
                               || case when t.vervallen then ' (vervallen)' else '' end as omschrijving,
                               t.gemeente, t.toewijzingnummer::text as verwijzing
                          from toewijzing.v_toewijzingen t
                         where t.client_pseudoniem = :pseudoniem and t.gemeente in (:gemeenten)
                        union all
                        select r.begindatum, 'start', 'Start zorg op toewijzing ' || r.toewijzingnummer || ' door aanbieder '
                               || r.aanbieder, r.gemeente, r.toewijzingnummer::text
                          from toewijzing.v_trajecten r
                          join toewijzing.v_toewijzingen t on t.gemeente = r.gemeente
                               and t.toewijzingnummer = r.toewijzingnummer
                         where t.client_pseudoniem = :pseudoniem and r.gemeente in (:gemeenten)
                        union all
                        select r.einddatum, 'stop', 'Einde zorg op toewijzing ' || r.toewijzingnummer
                               || coalesce(' (reden ' || r.reden_beeindiging || ')', ''), r.gemeente, r.toewijzingnummer::text
                          from toewijzing.v_trajecten r
                          join toewijzing.v_toewijzingen t on t.gemeente = r.gemeente
                               and t.toewijzingnummer = r.toewijzingnummer
                         where r.einddatum is not null and t.client_pseudoniem = :pseudoniem
                           and r.gemeente in (:gemeenten)
                        """)
                .param("pseudoniem", pseudoniem)
                .param("gemeenten", codes(gemeenten))
                .query((rs, rij) -> new Tijdlijnitem(
                        rs.getObject("datum", LocalDate.class),
                        rs.getString("soort"),
                        rs.getString("omschrijving"),
                        rs.getString("gemeente"),
                        rs.getString("verwijzing")))
                .list();
    }

    /** Per declaratie of the jeugdige: the approved amount, on the last day of care it declared. */
    List<Tijdlijnitem> declaraties(String pseudoniem, Collection<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select max(p.einddatum) as datum, p.declaratienummer, p.aanbieder, p.gemeente,
                               coalesce(sum(p.bedrag_eurocent) filter (where p.goedgekeurd), 0) as goedgekeurd,
                               count(*) filter (where not p.goedgekeurd) as afgekeurd
                          from declaratie.v_prestaties p
                         where p.client_pseudoniem = :pseudoniem and p.gemeente in (:gemeenten)
                         group by p.declaratienummer, p.aanbieder, p.gemeente""")
                .param("pseudoniem", pseudoniem)
                .param("gemeenten", codes(gemeenten))
                .query((rs, rij) -> new Tijdlijnitem(
                        rs.getObject("datum", LocalDate.class),
                        "declaratie",
                        "Declaratie " + rs.getString("declaratienummer") + " van aanbieder " + rs.getString("aanbieder")
                                + ": " + new nl.jeugdregie.kern.Bedrag(rs.getLong("goedgekeurd")).format()
                                + " goedgekeurd"
                                + (rs.getLong("afgekeurd") > 0
                                        ? ", " + rs.getLong("afgekeurd") + " prestatie(s) afgekeurd"
                                        : ""),
                        rs.getString("gemeente"),
                        rs.getString("declaratienummer")))
                .list();
    }

    private static List<String> codes(Collection<GemeenteCode> gemeenten) {
        return gemeenten.stream().map(GemeenteCode::value).toList();
    }
}
