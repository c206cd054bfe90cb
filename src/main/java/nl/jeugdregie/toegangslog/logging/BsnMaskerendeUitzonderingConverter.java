package nl.jeugdregie.toegangslog.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (stack traces), with every BSN in exception messages masked.
 * Registered in {@code logback-spring.xml}.
 */
public class BsnMaskerendeUitzonderingConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return BsnMasker.maskeer(super.throwableProxyToString(proxy));
    }
}
