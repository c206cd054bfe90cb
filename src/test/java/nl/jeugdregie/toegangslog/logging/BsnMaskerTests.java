package nl.jeugdregie.toegangslog.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.Test;

class BsnMaskerTests {

    @Test
    void masksNineDigitNumbersPassingTheElevenProof() {
        assertThat(BsnMasker.maskeer("Hulpvraag voor 123456782 opgeslagen"))
                .isEqualTo("Hulpvraag voor *****6782 opgeslagen");
        assertThat(BsnMasker.maskeer("bsn=111222333,ander=123456782")).isEqualTo("bsn=*****2333,ander=*****6782");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(BsnMasker.maskeer("bestand 123456789 verwerkt")).isEqualTo("bestand 123456789 verwerkt");
        assertThat(BsnMasker.maskeer("tijd 1234567820 ms")).isEqualTo("tijd 1234567820 ms");
        assertThat(BsnMasker.maskeer("AGB 12345678")).isEqualTo("AGB 12345678");
        // 100000046 passes the elfproef, but the text names it as a toewijzingnummer
        assertThat(BsnMasker.maskeer("toewijzing 100000046 versie 1, jeugdige 123456782"))
                .isEqualTo("toewijzing 100000046 versie 1, jeugdige *****6782");
        assertThat(BsnMasker.maskeer("")).isEmpty();
        assertThat(BsnMasker.maskeer(null)).isNull();
    }

    @Test
    void consoleLogOfLogbackSpringXmlMasksMessagesAndStackTraces() throws JoranException {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        Logger logger = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var console = (ConsoleAppender<ILoggingEvent>) logger.getAppender("CONSOLE");
        var encoder = (LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder();

        LoggingEvent event = new LoggingEvent(
                Logger.class.getName(),
                logger,
                Level.INFO,
                "Jeugdige {} aangemeld",
                new IllegalStateException("BSN 111222333 onbekend"),
                new Object[] {"123456782"});
        String regel = encoder.getLayout().doLayout(event);

        assertThat(regel)
                .contains("Jeugdige *****6782 aangemeld", "BSN *****2333 onbekend")
                .doesNotContain("123456782", "111222333");
        context.stop();
    }
}
