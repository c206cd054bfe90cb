package nl.jeugdregie.toegangslog.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %m}, with every BSN masked. Registered in {@code logback-spring.xml}. */
public class BsnMaskerendeBerichtConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return BsnMasker.maskeer(super.convert(event));
    }
}
