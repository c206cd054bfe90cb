package nl.jeugdregie.declaratie;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Declaraties and prestaties in schema {@code declaratie}, and the bulk reads of the published views of {@code
 * toewijzing} and {@code inkoop} that the checks need: a few queries per declaratie, never one per prestatie.
 */
@Repository
class DeclaratieRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DeclaratieRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Serialises the checks of one aanbieder's declaraties, so two cannot both take a number (TR314, TR333). */
    void vergrendelAanbieder(AgbCode aanbieder) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('declaratie:' || :agb))")
                .param("agb", aanbieder.value())
                .query((rs, i) -> 1)
                .list();
    }

    boolean declaratienummerBekend(AgbCode aanbieder, String declaratienummer) {
        return jdbc.sql("select exists (select 1 from declaratie.declaratie where aanbieder = :agb"
                        + " and declaratienummer = :nummer)")
                .param("agb", aanbieder.value())
                .param("nummer", declaratienummer)
                .query(Boolean.class)
                .single();
    }

    Map<Long, Toewijzingstand> toewijzingen(GemeenteCode gemeente, Collection<Long> nummers) {
        Map<Long, Toewijzingstand> resultaat = new HashMap<>();
        jdbc.sql("""
                        select gemeente, toewijzingnummer, client_pseudoniem, aanbieder, productcategorie, productcode,
                               ingangsdatum, einddatum, volume, eenheid, frequentie, budget, reden_wijziging, vervallen
                        from toewijzing.v_toewijzingen
                        where gemeente = :gemeente and toewijzingnummer = any(cast(:nummers as bigint[]))""")
                .param("gemeente", gemeente.value())
                .param("nummers", reeks(nummers))
                .query((rs, i) -> toewijzing(rs))
                .list()
                .forEach(t -> resultaat.put(t.nummer().value(), t));
        return resultaat;
    }

    private static Toewijzingstand toewijzing(ResultSet rs) throws SQLException {
        String categorie = rs.getString("productcategorie");
        String eenheid = rs.getString("eenheid");
        String frequentie = rs.getString("frequentie");
        long volume = rs.getLong("volume");
        Long volumeOfNull = rs.wasNull() ? null : volume;
        long budget = rs.getLong("budget");
        Bedrag budgetOfNull = rs.wasNull() ? null : new Bedrag(budget);
        Date eind = rs.getDate("einddatum");
        return new Toewijzingstand(
                new Toewijzingnummer(rs.getLong("toewijzingnummer")),
                new GemeenteCode(rs.getString("gemeente")),
                rs.getString("client_pseudoniem"),
                new AgbCode(rs.getString("aanbieder")),
                categorie == null ? null : Productcategorie.vanCode(categorie),
                rs.getString("productcode"),
                new Periode(rs.getDate("ingangsdatum").toLocalDate(), eind == null ? null : eind.toLocalDate()),
                volumeOfNull,
                eenheid == null ? null : Eenheid.vanCode(eenheid),
                frequentie == null ? null : Frequentie.vanCode(frequentie),
                budgetOfNull,
                "13".equals(rs.getString("reden_wijziging")) || rs.getBoolean("vervallen"));
    }

    Map<String, List<Contracttarief>> tarieven(AgbCode aanbieder, Collection<String> productcodes) {
        return tarieven(aanbieder, productcodes, List.of());
    }

    /** The contract tariffs of the aanbieder for these productcodes and for every product of these categorieen. */
    Map<String, List<Contracttarief>> tarieven(
            AgbCode aanbieder, Collection<String> productcodes, Collection<String> categorieen) {
        Map<String, List<Contracttarief>> resultaat = new HashMap<>();
        jdbc.sql("""
                        select contractnummer, productcode, productcategorie, eenheid, tarief_eurocent, tarief_begindatum, tarief_einddatum
                        from inkoop.v_contractproducten
                        where agb = :agb and tarief_eurocent is not null
                          and (productcode = any(cast(:codes as text[]))
                               or productcategorie = any(cast(:categorieen as text[])))
                        order by contractnummer""")
                .param("agb", aanbieder.value())
                .param("codes", reeks(productcodes))
                .param("categorieen", reeks(categorieen))
                .query((rs, i) -> {
                    Date eind = rs.getDate("tarief_einddatum");
                    return new Contracttarief(
                            rs.getString("contractnummer"),
                            rs.getString("productcode"),
                            rs.getString("productcategorie"),
                            Eenheid.vanCode(rs.getString("eenheid")),
                            new Bedrag(rs.getLong("tarief_eurocent")),
                            new Periode(
                                    rs.getDate("tarief_begindatum").toLocalDate(),
                                    eind == null ? null : eind.toLocalDate()));
                })
                .list()
                .forEach(t -> resultaat
                        .computeIfAbsent(Declaratiecontroles.sleutelVanCode(t.productcode()), c -> new ArrayList<>())
                        .add(t));
        return resultaat;
    }

    private static final String EERDERE_PRESTATIE = """
            select referentienummer, toewijzingnummer, productcategorie, productcode, begindatum, einddatum, volume,
                   eenheid, debet_credit, goedgekeurd, gecrediteerd
            from declaratie.prestatie""";

    private static EerderePrestatie eerdere(ResultSet rs) throws SQLException {
        return new EerderePrestatie(
                rs.getString("referentienummer"),
                new Toewijzingnummer(rs.getLong("toewijzingnummer")),
                Productcategorie.vanCode(rs.getString("productcategorie")),
                rs.getString("productcode"),
                productperiode(rs),
                rs.getLong("volume"),
                Eenheid.vanCode(rs.getString("eenheid")),
                DebetCredit.vanCode(rs.getString("debet_credit")),
                rs.getBoolean("goedgekeurd"),
                rs.getBoolean("gecrediteerd"));
    }

    /** Earlier prestaties of the aanbieder with these referentienummers; an approved one wins over a rejected. */
    Map<String, EerderePrestatie> eerder(AgbCode aanbieder, Collection<String> referenties) {
        Map<String, EerderePrestatie> resultaat = new HashMap<>();
        jdbc.sql(
                        EERDERE_PRESTATIE
                                + " where aanbieder = :agb and referentienummer = any(cast(:refs as text[])) order by goedgekeurd")
                .param("agb", aanbieder.value())
                .param("refs", reeks(referenties))
                .query((rs, i) -> eerdere(rs))
                .list()
                .forEach(p -> resultaat.put(p.referentienummer(), p));
        return resultaat;
    }

    /** Approved, not credited debets on these toewijzingen (TR389). */
    Map<Long, List<EerderePrestatie>> goedgekeurdeDebets(GemeenteCode gemeente, Collection<Long> nummers) {
        Map<Long, List<EerderePrestatie>> resultaat = new HashMap<>();
        jdbc.sql(EERDERE_PRESTATIE + " " + """
                         where gemeente = :gemeente and toewijzingnummer = any(cast(:nummers as bigint[])) and goedgekeurd
                          and debet_credit = 'D' and not gecrediteerd""")
                .param("gemeente", gemeente.value())
                .param("nummers", reeks(nummers))
                .query((rs, i) -> eerdere(rs))
                .list()
                .forEach(p -> resultaat
                        .computeIfAbsent(p.toewijzingnummer().value(), n -> new ArrayList<>())
                        .add(p));
        return resultaat;
    }

    /** The approved net volume (per eenheid) and amount per toewijzing (TR322, TR369). */
    void gedeclareerd(
            GemeenteCode gemeente,
            Collection<Long> nummers,
            Map<Long, Map<Eenheid, Long>> volume,
            Map<Long, Bedrag> bedrag) {
        jdbc.sql("""
                        select toewijzingnummer, eenheid,
                               sum(case when debet_credit = 'C' then -volume else volume end) as volume,
                               sum(case when debet_credit = 'C' then -bedrag else bedrag end) as bedrag
                        from declaratie.prestatie
                        where gemeente = :gemeente and toewijzingnummer = any(cast(:nummers as bigint[])) and goedgekeurd
                        group by toewijzingnummer, eenheid""")
                .param("gemeente", gemeente.value())
                .param("nummers", reeks(nummers))
                .query(rs -> {
                    long nummer = rs.getLong("toewijzingnummer");
                    volume.computeIfAbsent(nummer, n -> new HashMap<>())
                            .put(Eenheid.vanCode(rs.getString("eenheid")), rs.getLong("volume"));
                    bedrag.merge(nummer, new Bedrag(rs.getLong("bedrag")), Bedrag::plus);
                });
    }

    long bewaar(Declaratie d, Bedrag toegekend, int afgewezen, OffsetDateTime nu) {
        GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into declaratie.declaratie (gemeente, aanbieder, declaratienummer, berichtidentificatie,
                            periode_begin, periode_eind, dagtekening, totaal_ingediend, totaal_toegekend,
                            aantal_prestaties, aantal_afgewezen, beoordeeld_op)
                        values (:gemeente, :aanbieder, :nummer, :bericht, :begin, :eind, :dagtekening, :ingediend,
                            :toegekend, :aantal, :afgewezen, :nu)""")
                .param("gemeente", d.gemeente().value())
                .param("aanbieder", d.aanbieder().value())
                .param("nummer", d.declaratienummer())
                .param("bericht", d.berichtIdentificatie())
                .param("begin", d.declaratieperiode().begin())
                .param("eind", d.declaratieperiode().eind())
                .param("dagtekening", d.dagtekening())
                .param("ingediend", d.totaalSaldo().eurocent())
                .param("toegekend", toegekend.eurocent())
                .param("aantal", d.prestaties().size())
                .param("afgewezen", afgewezen)
                .param("nu", nu)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /** Stores the prestaties with their outcome and afkeuringen, and marks the debets that approved credits cancel. */
    void bewaarPrestaties(
            long declaratieId,
            Declaratie d,
            List<Prestatiebeoordeling> beoordelingen,
            java.util.function.Function<Bsn, String> pseudoniem) {
        List<Long> ids = nieuweIds(beoordelingen.size());
        voegPrestatiesIn(ids, declaratieId, d, beoordelingen, pseudoniem);
        voegAfkeuringenIn(ids, beoordelingen);
        markeerGecrediteerd(d.aanbieder(), beoordelingen);
    }

    /** The ids of {@code aantal} new prestaties, taken from the sequence in one statement. */
    private List<Long> nieuweIds(int aantal) {
        return jdbc.sql("select nextval('declaratie.prestatie_id_seq') from generate_series(1, :n)")
                .param("n", aantal)
                .query(Long.class)
                .list();
    }

    private void voegPrestatiesIn(
            List<Long> ids,
            long declaratieId,
            Declaratie d,
            List<Prestatiebeoordeling> beoordelingen,
            java.util.function.Function<Bsn, String> pseudoniem) {
        List<Object[]> rijen = new ArrayList<>(beoordelingen.size());
        for (int i = 0; i < beoordelingen.size(); i++) {
            Prestatiebeoordeling b = beoordelingen.get(i);
            Prestatie p = b.prestatie();
            rijen.add(new Object[] {
                ids.get(i),
                declaratieId,
                d.gemeente().value(),
                d.aanbieder().value(),
                p.referentienummer(),
                p.vorigReferentienummer(),
                p.client().value(),
                pseudoniem.apply(p.client()),
                p.toewijzingnummer().value(),
                p.productcategorie().code(),
                p.productcode(),
                p.productperiode().begin(),
                p.productperiode().eind(),
                p.geleverdVolume(),
                p.eenheid().code(),
                p.productTarief() == null ? null : p.productTarief().eurocent(),
                p.ingediendBedrag().eurocent(),
                p.debetCredit().code(),
                b.isGoedgekeurd()
            });
        }
        template.batchUpdate("""
                insert into declaratie.prestatie (id, declaratie_id, gemeente, aanbieder, referentienummer,
                    vorig_referentienummer, bsn, client_pseudoniem, toewijzingnummer, productcategorie, productcode,
                    begindatum, einddatum, volume, eenheid, producttarief, bedrag, debet_credit, goedgekeurd)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rijen, new int[] {
            Types.BIGINT,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.DATE,
            Types.BIGINT,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.CHAR,
            Types.BOOLEAN
        });
    }

    private void voegAfkeuringenIn(List<Long> ids, List<Prestatiebeoordeling> beoordelingen) {
        List<Object[]> afkeuringen = new ArrayList<>();
        for (int i = 0; i < beoordelingen.size(); i++) {
            for (Afkeuring a : beoordelingen.get(i).afkeuringen()) {
                afkeuringen.add(
                        new Object[] {ids.get(i), a.regel(), a.retourcode().code(), a.toelichting()});
            }
        }
        template.batchUpdate(
                "insert into declaratie.afkeuring (prestatie_id, regel, retourcode, toelichting) values (?, ?, ?, ?)",
                afkeuringen);
    }

    /** An approved credit cancels the approved debet it names (its VorigReferentieNummer). */
    private void markeerGecrediteerd(AgbCode aanbieder, List<Prestatiebeoordeling> beoordelingen) {
        List<Object[]> credits = beoordelingen.stream()
                .filter(b -> b.isGoedgekeurd() && b.prestatie().isCredit())
                .map(b -> new Object[] {aanbieder.value(), b.prestatie().vorigReferentienummer()})
                .toList();
        template.batchUpdate("""
                update declaratie.prestatie set gecrediteerd = true
                where aanbieder = ? and referentienummer = ? and goedgekeurd and debet_credit = 'D'""", credits);
    }

    // Reads for the concept declaratie.

    /**
     * The periods of care on these toewijzingen as start- and stopberichten tell them ({@code toewijzing.v_trajecten}):
     * per toewijzingnummer every start that was not deleted with the einddatum of its latest stop (open when none).
     */
    Map<Long, List<Periode>> zorgperioden(GemeenteCode gemeente, Collection<Long> nummers) {
        Map<Long, List<Periode>> resultaat = new HashMap<>();
        jdbc.sql("""
                        select toewijzingnummer, begindatum, einddatum from toewijzing.v_trajecten
                        where gemeente = :gemeente and toewijzingnummer = any(cast(:nummers as bigint[]))
                          and (einddatum is null or einddatum >= begindatum)
                        order by toewijzingnummer, begindatum""")
                .param("gemeente", gemeente.value())
                .param("nummers", reeks(nummers))
                .query(rs -> {
                    resultaat
                            .computeIfAbsent(rs.getLong("toewijzingnummer"), n -> new ArrayList<>())
                            .add(new Periode(
                                    rs.getObject("begindatum", LocalDate.class),
                                    rs.getObject("einddatum", LocalDate.class)));
                });
        return resultaat;
    }

    /**
     * The approved debets of the aanbieder in the gemeente that no credit has cancelled yet, with a ProductPeriode
     * starting on or before {@code tot}: what a concept declaratie may have to credit, or must not declare again.
     */
    List<Prestatie> openDebets(AgbCode aanbieder, GemeenteCode gemeente, LocalDate tot) {
        return jdbc.sql("""
                        select referentienummer, bsn, toewijzingnummer, productcategorie, productcode, begindatum,
                               einddatum, volume, eenheid, producttarief, bedrag
                        from declaratie.prestatie
                        where aanbieder = :agb and gemeente = :gemeente and goedgekeurd and debet_credit = 'D'
                          and not gecrediteerd and begindatum <= :tot
                        order by begindatum, toewijzingnummer, id""")
                .param("agb", aanbieder.value())
                .param("gemeente", gemeente.value())
                .param("tot", tot)
                .query((rs, i) -> {
                    long tarief = rs.getLong("producttarief");
                    Bedrag tariefOfNull = rs.wasNull() ? null : new Bedrag(tarief);
                    return new Prestatie(
                            rs.getString("referentienummer"),
                            null,
                            new Bsn(rs.getString("bsn")),
                            new Toewijzingnummer(rs.getLong("toewijzingnummer")),
                            Productcategorie.vanCode(rs.getString("productcategorie")),
                            rs.getString("productcode"),
                            productperiode(rs),
                            rs.getLong("volume"),
                            Eenheid.vanCode(rs.getString("eenheid")),
                            tariefOfNull,
                            new Bedrag(rs.getLong("bedrag")),
                            DebetCredit.DEBET);
                })
                .list();
    }

    /** The next number for a concept: from a sequence, so two concepts never share a ReferentieNummer. */
    long volgendConceptnummer() {
        return jdbc.sql("select nextval('declaratie.conceptnummer')")
                .query(Long.class)
                .single();
    }

    boolean heeftGoedgekeurdeDeclaraties(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return jdbc.sql("""
                        select exists (select 1 from declaratie.prestatie where gemeente = :gemeente
                          and toewijzingnummer = :nummer and goedgekeurd and debet_credit = 'D' and not gecrediteerd)""")
                .param("gemeente", gemeente.value())
                .param("nummer", nummer.value())
                .query(Boolean.class)
                .single();
    }

    // Reads for the pages.

    Resultaatpagina<Declaratieoverzicht> declaraties(
            Collection<GemeenteCode> gemeenten, AgbCode aanbieder, Paginering paginering) {
        Map<String, Object> params = new HashMap<>();
        params.put("agb", aanbieder == null ? null : aanbieder.value());
        params.put("alle", aanbieder != null);
        params.put(
                "gemeenten", reeks(gemeenten.stream().map(GemeenteCode::value).toList()));
        return Paginaquery.pagina(
                jdbc, """
                id, gemeente, aanbieder, declaratienummer, periode_begin, periode_eind,
                totaal_ingediend, totaal_toegekend, aantal_prestaties, aantal_afgewezen, beoordeeld_op""", """
                from declaratie.declaratie
                where (cast(:agb as varchar) is null or aanbieder = :agb)
                  and (cast(:alle as boolean) or gemeente = any(cast(:gemeenten as text[])))""", "beoordeeld_op desc, id desc", params, paginering, (rs, i) -> overzicht(rs));
    }

    java.util.Optional<Declaratieoverzicht> declaratie(long id) {
        return jdbc.sql("""
                        select id, gemeente, aanbieder, declaratienummer, periode_begin, periode_eind,
                               totaal_ingediend, totaal_toegekend, aantal_prestaties, aantal_afgewezen, beoordeeld_op
                        from declaratie.declaratie where id = :id""").param("id", id).query((rs, i) -> overzicht(rs)).optional();
    }

    private static Declaratieoverzicht overzicht(ResultSet rs) throws SQLException {
        return new Declaratieoverzicht(
                rs.getLong("id"),
                new GemeenteCode(rs.getString("gemeente")),
                new AgbCode(rs.getString("aanbieder")),
                rs.getString("declaratienummer"),
                Periode.van(
                        rs.getObject("periode_begin", LocalDate.class), rs.getObject("periode_eind", LocalDate.class)),
                new Bedrag(rs.getLong("totaal_ingediend")),
                new Bedrag(rs.getLong("totaal_toegekend")),
                rs.getInt("aantal_prestaties"),
                rs.getInt("aantal_afgewezen"),
                rs.getObject("beoordeeld_op", OffsetDateTime.class));
    }

    List<Prestatieregel> prestaties(long declaratieId) {
        Map<Long, List<Afkeuring>> afkeuringen = new HashMap<>();
        jdbc.sql("""
                        select a.prestatie_id, a.regel, a.retourcode, a.toelichting from declaratie.afkeuring a
                        join declaratie.prestatie p on p.id = a.prestatie_id where p.declaratie_id = :id
                        order by a.retourcode""").param("id", declaratieId).query(rs -> {
            afkeuringen
                    .computeIfAbsent(rs.getLong("prestatie_id"), n -> new ArrayList<>())
                    .add(new Afkeuring(
                            rs.getString("regel"),
                            nl.jeugdregie.kern.codelijst.Retourcode.vanCode(rs.getString("retourcode")),
                            rs.getString("toelichting")));
        });
        return jdbc.sql("""
                        select id, referentienummer, vorig_referentienummer, bsn, toewijzingnummer, productcategorie,
                               productcode, begindatum, einddatum, volume, eenheid, bedrag, debet_credit, goedgekeurd
                        from declaratie.prestatie where declaratie_id = :id order by goedgekeurd, id""")
                .param("id", declaratieId)
                .query((rs, i) -> new Prestatieregel(
                        rs.getString("referentienummer"),
                        rs.getString("vorig_referentienummer"),
                        new Bsn(rs.getString("bsn")),
                        new Toewijzingnummer(rs.getLong("toewijzingnummer")),
                        rs.getString("productcategorie"),
                        rs.getString("productcode"),
                        productperiode(rs),
                        rs.getLong("volume"),
                        Eenheid.vanCode(rs.getString("eenheid")),
                        new Bedrag(rs.getLong("bedrag")),
                        DebetCredit.vanCode(rs.getString("debet_credit")),
                        rs.getBoolean("goedgekeurd"),
                        afkeuringen.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Periode productperiode(ResultSet rs) throws SQLException {
        return Periode.van(rs.getObject("begindatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class));
    }

    /**
     * A PostgreSQL array literal, bound as one text parameter and cast in SQL: Spring would expand a Java array or
     * collection into one parameter per element, which a declaratie of 30 000 prestaties would exceed.
     */
    static String reeks(Collection<?> waarden) {
        StringBuilder sb = new StringBuilder("{");
        for (Object waarde : waarden) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"')
                    .append(waarde.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }
}
