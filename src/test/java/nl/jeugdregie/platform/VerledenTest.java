package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VerledenTest {

    private static final Instant NU = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TOEN = Instant.parse("2023-05-17T08:30:00Z");
    private final Clock klok = new Platformklok(Clock.fixed(NU, ZoneId.of("Europe/Amsterdam")));

    @Test
    void showsThePastOnlyOnTheThreadThatWorksThere() throws Exception {
        AtomicReference<Instant> elders = new AtomicReference<>();
        Instant hier = Verleden.op(TOEN, () -> {
            Thread ander = new Thread(() -> elders.set(klok.instant()));
            ander.start();
            try {
                ander.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return klok.instant();
        });
        assertThat(hier).isEqualTo(TOEN);
        assertThat(elders.get()).isEqualTo(NU);
        assertThat(klok.instant()).isEqualTo(NU);
        assertThat(klok.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void restoresTheOuterMomentAfterNestedWork() {
        Instant later = TOEN.plusSeconds(60);
        Verleden.op(TOEN, () -> {
            assertThat(Verleden.op(later, klok::instant)).isEqualTo(later);
            assertThat(klok.instant()).isEqualTo(TOEN);
        });
        assertThat(Verleden.moment()).isEmpty();
    }

    @Test
    void backgroundTasksWaitUntilWorkInThePastIsDone() throws Exception {
        CountDownLatch binnen = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        CompletableFuture<Void> werk = CompletableFuture.runAsync(() -> Verleden.op(TOEN, () -> {
            binnen.countDown();
            try {
                verder.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        binnen.await(5, TimeUnit.SECONDS);
        AtomicReference<Instant> gezien = new AtomicReference<>();
        CompletableFuture<Void> taak =
                CompletableFuture.runAsync(() -> Verleden.buiten(() -> gezien.set(klok.instant())));
        assertThat(taak).isNotDone();
        verder.countDown();
        taak.get(5, TimeUnit.SECONDS);
        werk.get(5, TimeUnit.SECONDS);
        assertThat(gezien.get()).isEqualTo(NU);
    }
}
