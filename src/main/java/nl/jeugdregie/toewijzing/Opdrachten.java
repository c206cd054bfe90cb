package nl.jeugdregie.toewijzing;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each command in a transaction (a savepoint when the caller already has one): a broken rule rolls the command
 * back and becomes an {@link Uitkomst.Afgekeurd}, so a rejection never leaves half a change behind.
 */
@Component
class Opdrachten {

    private final TransactionTemplate transacties;

    Opdrachten(PlatformTransactionManager transactionManager) {
        this.transacties = new TransactionTemplate(transactionManager);
        // Inside a caller's transaction (processing a whole message) a rejected command rolls back to
        // its own savepoint only; the caller's other work stands.
        this.transacties.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    <T> Uitkomst<T> voerUit(Supplier<T> opdracht) {
        return transacties.execute(status -> {
            try {
                return Uitkomst.geaccepteerd(opdracht.get());
            } catch (RegelOvertreden e) {
                status.setRollbackOnly();
                return Uitkomst.afgekeurd(e.schending());
            }
        });
    }
}
