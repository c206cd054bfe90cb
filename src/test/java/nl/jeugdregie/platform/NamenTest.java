package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import org.junit.jupiter.api.Test;

class NamenTest {

    /** A source of names that counts how often it is asked. */
    static final class Bron implements Codenamen {
        final Codesoort soort;
        final Map<String, String> namen = new HashMap<>();
        final AtomicInteger gevraagd = new AtomicInteger();

        Bron(Codesoort soort, Map<String, String> namen) {
            this.soort = soort;
            this.namen.putAll(namen);
        }

        @Override
        public Codesoort soort() {
            return soort;
        }

        @Override
        public Map<String, String> alle() {
            gevraagd.incrementAndGet();
            return Map.copyOf(namen);
        }
    }

    final Bron aanbieders = new Bron(Codesoort.AANBIEDER, Map.of());
    final VerstelbareKlok klok = new VerstelbareKlok(Instant.parse("2026-03-02T09:00:00Z"));

    Namen namen() {
        return new Namen(List.of(aanbieders, new Bron(Codesoort.GEMEENTE, Map.of("0153", "Enschede"))), klok);
    }

    @Test
    void namesAListOfAHundredRowsWithOneQuestionToTheOwner() {
        IntStream.range(0, 100).forEach(i -> aanbieders.namen.put("%08d".formatted(99_000_000 + i), "Aanbieder " + i));
        Namen namen = namen();

        List<String> rijen = IntStream.range(0, 100)
                .mapToObj(i -> namen.aanbieder(new AgbCode("%08d".formatted(99_000_000 + i))))
                .toList();

        assertThat(rijen).first().isEqualTo("Aanbieder 0 (99000000)");
        assertThat(rijen).last().isEqualTo("Aanbieder 99 (99000099)");
        assertThat(aanbieders.gevraagd).hasValue(1);
    }

    @Test
    void asksAgainAfterTheOwnerSaysTheNamesChanged() {
        aanbieders.namen.put("99000001", "Oude naam");
        Namen namen = namen();
        assertThat(namen.aanbieder("99000001")).isEqualTo("Oude naam (99000001)");

        aanbieders.namen.put("99000001", "Nieuwe naam");
        assertThat(namen.aanbieder("99000001")).isEqualTo("Oude naam (99000001)");
        namen.vergeet(Codesoort.AANBIEDER);

        assertThat(namen.aanbieder("99000001")).isEqualTo("Nieuwe naam (99000001)");
        assertThat(aanbieders.gevraagd).hasValue(2);
    }

    @Test
    void keepsNamesForALimitedTimeForChangesMadeOutsideThePlatform() {
        aanbieders.namen.put("99000001", "Oude naam");
        Namen namen = namen();
        namen.aanbieder("99000001");
        aanbieders.namen.put("99000001", "Nieuwe naam");

        klok.verzet(Namen.BEWAARTIJD.plusSeconds(1));

        assertThat(namen.aanbieder("99000001")).isEqualTo("Nieuwe naam (99000001)");
    }

    @Test
    void showsAnUnnamedCodeAsItIs() {
        Namen namen = namen();

        assertThat(namen.aanbieder("99009999")).isEqualTo("99009999");
        assertThat(namen.jeugdregio("JZ14")).isEqualTo("JZ14");
        assertThat(namen.aanbieder(null)).isEmpty();
    }

    @Test
    void namesGemeentenSendersProductsAndCodeListEntries() {
        Namen namen = namen();

        assertThat(namen.gemeente(new GemeenteCode("0153"))).isEqualTo("Enschede (0153)");
        assertThat(namen.partij("0153")).isEqualTo("Enschede (0153)");
        assertThat(namen.product(Productcategorie.JEUGDHULP_AMBULANT, null))
                .isEqualTo("aspecifiek: Jeugdhulp ambulant (45)");
        assertThat(namen.product(null, null)).isEqualTo("generiek product (alleen budget)");
        assertThat(namen.producten("45, toewijzing 12"))
                .isEqualTo("aspecifiek: Jeugdhulp ambulant (45), toewijzing 12");
        assertThat(namen.retourcode("9056"))
                .isEqualTo("Identificatie moet per berichtsoort uniek zijn voor de verzendende partij (9056)");
        assertThat(namen.retourcode("1234")).isEqualTo("1234");
    }

    /** A clock that stands still until a test moves it on. */
    static final class VerstelbareKlok extends Clock {
        private Instant nu;

        VerstelbareKlok(Instant nu) {
            this.nu = nu;
        }

        void verzet(Duration duur) {
            nu = nu.plus(duur);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
