package nl.jeugdregie.demoregio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A small history (two gemeenten, six months, a small share of the volume) built through the real services and the
 * inbox, which processes messages as it does in production: every flow happened and the rules refused nothing. Runs in
 * a context of its own (the inbox processes by itself here), closed afterwards.
 */
@JeugdregieTest
@TestPropertySource(
        properties = {"jeugdregie.berichtenverkeer.automatisch=true", "jeugdregie.berichtenverkeer.interval=PT1H"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoregioTests {

    @Autowired
    Demoregio demoregio;

    @Autowired
    JdbcClient jdbc;

    @Test
    void buildsHistoryThroughTheRealFlowsWithoutRefusedMessages() {
        Demoregio.Verslag verslag = demoregio.bouw(new Demoregio.Instellingen(
                LocalDate.of(2026, 3, 2), 6, Set.of(new GemeenteCode("0141"), new GemeenteCode("0168")), 0.02, 7));

        Voortgang voortgang = verslag.voortgang();
        assertThat(voortgang.status()).isEqualTo(Voortgang.Status.KLAAR);
        assertThat(voortgang.geweigerd()).isZero();
        assertThat(voortgang.fouten()).isZero();
        assertThat(voortgang.berichten()).isPositive();
        String gemeenten = "gemeente in ('0141', '0168')";
        assertThat(telling("select count(*) from toewijzing.v_toewijzingen where " + gemeenten
                        + " and ingangsdatum < date '2026-01-01'"))
                .isPositive();
        assertThat(telling("select count(*) from toewijzing.v_trajecten where " + gemeenten
                        + " and begindatum < date '2026-01-01'"))
                .isPositive();
        assertThat(telling("select count(*) from toewijzing.v_trajecten where " + gemeenten
                        + " and reden_beeindiging is not null"))
                .isPositive();
        assertThat(telling("select count(*) from declaratie.v_prestaties where " + gemeenten
                        + " and goedgekeurd and declaratienummer like 'DR%'"))
                .isPositive();
        assertThat(telling("select count(*) from toegang.v_besluiten")).isPositive();
    }

    private long telling(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
