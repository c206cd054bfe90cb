package nl.jeugdregie.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.jeugdregie.kern.codelijst.Retourcode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that an action breaks one named rule, with its retourcode, and explains it with the given numbers. */
final class RegelAsserts {

    private RegelAsserts() {}

    static Regelschending schendt(ThrowingCallable actie, String regel, Retourcode retourcode, String... inUitleg) {
        RegelOvertreden fout = catchThrowableOfType(RegelOvertreden.class, actie);
        assertThat(fout).as("verwacht regel " + regel).isNotNull();
        assertThat(fout.schending().regel()).isEqualTo(regel);
        assertThat(fout.schending().retourcode()).isEqualTo(retourcode);
        assertThat(fout.schending().uitleg()).contains(inUitleg);
        return fout.schending();
    }

    static void afgekeurd(Uitkomst<?> uitkomst, String regel, Retourcode retourcode, String... inUitleg) {
        assertThat(uitkomst.isGeaccepteerd())
                .as("verwacht afkeuring op " + regel)
                .isFalse();
        Regelschending schending = uitkomst.schendingen().get(0);
        assertThat(schending.regel()).isEqualTo(regel);
        assertThat(schending.retourcode()).isEqualTo(retourcode);
        assertThat(schending.uitleg()).contains(inUitleg);
    }
}
