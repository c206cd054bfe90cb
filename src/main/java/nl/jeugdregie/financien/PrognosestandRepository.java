package nl.jeugdregie.financien;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kept monthly standen of the prognose ({@code V5__prognosestand.sql}): written once, never changed. */
@Repository
class PrognosestandRepository {

    private final JdbcClient jdbc;

    PrognosestandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps {@code stand} unless a stand of its gemeente, year and month exists; with several nodes at once one insert
     * wins and the others wait for it and do nothing. Answers whether this call kept it.
     */
    boolean bewaar(Prognosestand stand) {
        int nieuw = jdbc.sql("""
                        insert into financien.prognosestand (gemeente, jaar, maand, peildatum, berekend_op)
                        values (:gemeente, :jaar, :maand, :peildatum, :op)
                        on conflict do nothing""")
                .param("gemeente", stand.gemeente().value())
                .param("jaar", stand.jaar())
                .param("maand", stand.maand().atDay(1))
                .param("peildatum", stand.peildatum())
                .param("op", Timestamp.from(stand.berekendOp()))
                .update();
        if (nieuw == 0) {
            return false;
        }
        for (Prognosestand.Hulpvorm h : stand.hulpvormen()) {
            jdbc.sql("""
                            insert into financien.prognosestand_hulpvorm (gemeente, jaar, maand, jeugdzorgvorm,
                                realisatie_eurocent, verplichtingen_eurocent, instroom_eurocent, instroom_laag_eurocent,
                                instroom_hoog_eurocent)
                            values (:gemeente, :jaar, :maand, :vorm, :realisatie, :verplichtingen, :instroom, :laag,
                                :hoog)""")
                    .params(sleutel(stand.gemeente(), stand.jaar(), stand.maand()))
                    .param("vorm", h.jeugdzorgvorm())
                    .param("realisatie", h.realisatie().eurocent())
                    .param("verplichtingen", h.verplichtingen().eurocent())
                    .param("instroom", h.instroom().eurocent())
                    .param("laag", h.instroomLaag().eurocent())
                    .param("hoog", h.instroomHoog().eurocent())
                    .update();
        }
        for (Prognosestand.Eenheid e : stand.eenheden()) {
            jdbc.sql("""
                            insert into financien.prognosestand_eenheid (gemeente, jaar, maand, jeugdzorgvorm,
                                productcategorie, productcode, eenheid, eurocent, eenheden)
                            values (:gemeente, :jaar, :maand, :vorm, :categorie, :product, :eenheid, :eurocent,
                                :eenheden)""")
                    .params(sleutel(stand.gemeente(), stand.jaar(), stand.maand()))
                    .param("vorm", e.jeugdzorgvorm())
                    .param("categorie", e.productcategorie())
                    .param("product", e.productcode())
                    .param("eenheid", e.eenheid())
                    .param("eurocent", e.bedrag().eurocent())
                    .param("eenheden", e.eenheden())
                    .update();
        }
        return true;
    }

    /** The kept stand of a gemeente's prognose for {@code jaar} in {@code maand}. */
    /** Whether the stand of the month was kept; one look at the primary key, no rows read. */
    boolean bestaat(GemeenteCode gemeente, int jaar, YearMonth maand) {
        return jdbc.sql("""
                        select exists (select 1 from financien.prognosestand
                                       where gemeente = :gemeente and jaar = :jaar and maand = :maand)""")
                .params(sleutel(gemeente, jaar, maand))
                .query(Boolean.class)
                .single();
    }

    Optional<Prognosestand> stand(GemeenteCode gemeente, int jaar, YearMonth maand) {
        return jdbc.sql("""
                        select peildatum, berekend_op from financien.prognosestand
                        where gemeente = :gemeente and jaar = :jaar and maand = :maand""")
                .params(sleutel(gemeente, jaar, maand))
                .query((rs, i) -> new Prognosestand(
                        gemeente,
                        jaar,
                        maand,
                        rs.getDate("peildatum").toLocalDate(),
                        rs.getTimestamp("berekend_op").toInstant(),
                        hulpvormen(gemeente, jaar, maand),
                        eenheden(gemeente, jaar, maand)))
                .optional();
    }

    /** Those of {@code gemeenten} without a kept stand for {@code jaar} in {@code maand}. */
    List<GemeenteCode> zonderStand(Collection<GemeenteCode> gemeenten, int jaar, YearMonth maand) {
        return jdbc.sql("""
                        select g.code from unnest(cast(:gemeenten as char(4)[])) g (code)
                        where not exists (select 1 from financien.prognosestand s
                                          where s.gemeente = g.code and s.jaar = :jaar and s.maand = :maand)
                        order by g.code""")
                .param("gemeenten", FinancienRepository.codes(gemeenten))
                .param("jaar", jaar)
                .param("maand", maand.atDay(1))
                .query((rs, i) -> new GemeenteCode(rs.getString("code")))
                .list();
    }

    /** The parameters :gemeente, :jaar and :maand that identify a stand. */
    private static Map<String, Object> sleutel(GemeenteCode gemeente, int jaar, YearMonth maand) {
        return Map.of("gemeente", gemeente.value(), "jaar", jaar, "maand", maand.atDay(1));
    }

    private List<Prognosestand.Hulpvorm> hulpvormen(GemeenteCode gemeente, int jaar, YearMonth maand) {
        return jdbc.sql("""
                        select * from financien.prognosestand_hulpvorm
                        where gemeente = :gemeente and jaar = :jaar and maand = :maand
                        order by jeugdzorgvorm""")
                .params(sleutel(gemeente, jaar, maand))
                .query((rs, i) -> new Prognosestand.Hulpvorm(
                        rs.getString("jeugdzorgvorm"),
                        new Bedrag(rs.getLong("realisatie_eurocent")),
                        new Bedrag(rs.getLong("verplichtingen_eurocent")),
                        new Bedrag(rs.getLong("instroom_eurocent")),
                        new Bedrag(rs.getLong("instroom_laag_eurocent")),
                        new Bedrag(rs.getLong("instroom_hoog_eurocent"))))
                .list();
    }

    private List<Prognosestand.Eenheid> eenheden(GemeenteCode gemeente, int jaar, YearMonth maand) {
        return jdbc.sql("""
                        select * from financien.prognosestand_eenheid
                        where gemeente = :gemeente and jaar = :jaar and maand = :maand
                        order by jeugdzorgvorm, productcategorie, productcode, eenheid""")
                .params(sleutel(gemeente, jaar, maand))
                .query((rs, i) -> new Prognosestand.Eenheid(
                        rs.getString("jeugdzorgvorm"),
                        rs.getString("productcategorie"),
                        rs.getString("productcode"),
                        rs.getString("eenheid"),
                        new Bedrag(rs.getLong("eurocent")),
                        rs.getBigDecimal("eenheden")))
                .list();
    }
}
