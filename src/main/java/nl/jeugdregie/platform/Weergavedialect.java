package nl.jeugdregie.platform;

import java.util.Set;
import nl.jeugdregie.kern.Notatie;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template the two helpers for what people read: {@code #notatie} writes dates, moments, periods, amounts
 * and numbers in Dutch notation and Dutch time ({@link Notatie}), {@code #namen} puts the name next to a code
 * ({@link Namen}). For example {@code ${#notatie.datum(t.ingangsdatum())}} or {@code ${#namen.gemeente(t.gemeente())}}.
 */
@Component
class Weergavedialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NOTATIE = "notatie";
    private static final String NAMEN = "namen";

    private final Namen namen;

    Weergavedialect(Namen namen) {
        super("Jeugdregie-weergave");
        this.namen = namen;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NOTATIE, NAMEN);
            }

            @Override
            public Object buildObject(IExpressionContext context, String naam) {
                return switch (naam) {
                    case NOTATIE -> Notatie.VOOR_SJABLONEN;
                    case NAMEN -> namen;
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String naam) {
                return true;
            }
        };
    }
}
