package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions behind {@link Kostenvergelijking}: costs and jeugdigen, inhabitants, and national figures. */
@Repository
class KostenRepository {

    /** Costs and jeugdigen of a gemeente (null: all gemeenten asked) and form (null: all forms). */
    record Kosten(String gemeente, String jeugdzorgvorm, long eurocent, long jeugdigen) {}

    /** Inhabitants of a gemeente, or of the Netherlands with gemeente {@code NL}. */
    record Inwoners(String gemeente, LocalDate peildatum, long inwoners, Long jeugd0tot17, boolean jeugdGeschat) {}

    /** A national figure as published. */
    record Kerncijfer(int jaar, BigDecimal waarde, String eenheid, String bron) {}

    private final JdbcClient jdbc;
    private final String kosten;
    private final String inwoners;

    KostenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.kosten = FinancienRepository.sql("kosten");
        this.inwoners = FinancienRepository.sql("inwoners");
    }

    List<Kosten> kosten(Collection<GemeenteCode> gemeenten, LocalDate begin, LocalDate eind) {
        return jdbc.sql(kosten)
                .param("gemeenten", FinancienRepository.codes(gemeenten))
                .param("begin", begin)
                .param("eind", eind)
                .query((rs, i) -> new Kosten(
                        rs.getBoolean("alle_gemeenten") ? null : rs.getString("gemeente"),
                        rs.getBoolean("alle_vormen") ? null : rs.getString("jeugdzorgvorm"),
                        rs.getLong("eurocent"),
                        rs.getLong("jeugdigen")))
                .list();
    }

    List<Inwoners> inwoners(Collection<GemeenteCode> gemeenten, LocalDate peildatum) {
        return jdbc
                .sql(inwoners)
                .param("gemeenten", FinancienRepository.codes(gemeenten))
                .param("peildatum", peildatum)
                .query((rs, i) -> new Inwoners(
                        rs.getString("gemeente").strip(),
                        rs.getObject("peildatum", LocalDate.class),
                        rs.getLong("inwoners"),
                        rs.getObject("jeugd_0_17", Long.class),
                        rs.getBoolean("jeugd_geschat")))
                .list()
                .stream()
                .filter(r -> r.peildatum() != null)
                .toList();
    }

    /** The national figure of the indicator of the latest year up to {@code jaar}. */
    Optional<Kerncijfer> landelijk(String indicator, int jaar) {
        return jdbc.sql("select jaar, waarde, eenheid, bron from regio.v_kerncijfers"
                        + " where gebied = 'NL' and indicator = :indicator and jaar <= :jaar"
                        + " order by jaar desc limit 1")
                .param("indicator", indicator)
                .param("jaar", jaar)
                .query((rs, i) -> new Kerncijfer(
                        rs.getInt("jaar"), rs.getBigDecimal("waarde"), rs.getString("eenheid"), rs.getString("bron")))
                .optional();
    }
}
