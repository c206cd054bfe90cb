package nl.jeugdregie.berichtenverkeer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal term for a retourbericht (OP090: three working days after receipt): how many received
 * heenberichten were answered on time, and how many are past their term without an answer. Both are
 * metrics ({@code jeugdregie.retour.op.tijd}, {@code jeugdregie.retour.te.laat}) and shown on the
 * berichten page.
 */
@Component
public class Termijnen {

    private final JdbcClient jdbc;
    private final Clock clock;

    Termijnen(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("jeugdregie.retour.op.tijd", this, t -> t.stand().aandeelOpTijd())
                .description("Aandeel ontvangen heenberichten waarvan het retourbericht binnen de termijn klaarstond")
                .register(registry);
        Gauge.builder("jeugdregie.retour.te.laat", this, t -> t.stand().teLaat())
                .description("Ontvangen heenberichten zonder retourbericht waarvan de termijn verstreken is")
                .register(registry);
    }

    /** Answered on time, answered late, and waiting past the term, up to today. */
    public record Stand(long opTijd, long laatBeantwoord, long teLaat) {

        /** The share answered on time of all that were due, 1.0 when nothing was due yet. */
        public double aandeelOpTijd() {
            long totaal = opTijd + laatBeantwoord + teLaat;
            return totaal == 0 ? 1.0 : (double) opTijd / totaal;
        }
    }

    public Stand stand() {
        LocalDate vandaag = LocalDate.now(clock);
        return jdbc.sql("""
                        select count(*) filter (where op_tijd) as op_tijd,
                               count(*) filter (where retour_op is not null and not op_tijd) as laat,
                               count(*) filter (where retour_op is null and termijn < :vandaag) as te_laat
                        from berichtenverkeer.v_termijnen
                        where termijn is not null""")
                .param("vandaag", vandaag)
                .query((rs, i) -> new Stand(rs.getLong("op_tijd"), rs.getLong("laat"), rs.getLong("te_laat")))
                .single();
    }
}
