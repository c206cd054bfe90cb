package nl.jeugdregie.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HashketenTests {

    static Logregel regel(long id, String vorigeHash, String gegevens) {
        return Hashketen.verzegel(new Logregel(
                id,
                Instant.parse("2026-03-02T09:15:30.123456Z"),
                "toegang",
                "TOEGANG",
                "Gemeente Enschede",
                "0153",
                "ab".repeat(32),
                Actie.RAADPLEGEN,
                gegevens,
                "/toegang/hulpvragen/7",
                vorigeHash,
                null));
    }

    @Test
    void hashesAreStableSha256Hex() {
        Logregel eerste = regel(1, Hashketen.BEGIN, "hulpvraag 7");

        assertThat(eerste.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(Hashketen.hash(eerste)).isEqualTo(eerste.hash());
        assertThat(regel(1, Hashketen.BEGIN, "hulpvraag 7").hash()).isEqualTo(eerste.hash());
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        Logregel eerste = regel(1, Hashketen.BEGIN, "hulpvraag 7");

        assertThat(regel(2, Hashketen.BEGIN, "hulpvraag 7").hash()).isNotEqualTo(eerste.hash());
        assertThat(regel(1, Hashketen.BEGIN, "hulpvraag 8").hash()).isNotEqualTo(eerste.hash());
        assertThat(regel(1, "1".repeat(64), "hulpvraag 7").hash()).isNotEqualTo(eerste.hash());
    }

    @Test
    void serialisationLeavesNoAmbiguityBetweenFields() {
        Logregel a =
                new Logregel(1, Instant.EPOCH, "ab", "c", "", "", "", Actie.WIJZIGEN, "x", "", Hashketen.BEGIN, null);
        Logregel b =
                new Logregel(1, Instant.EPOCH, "a", "bc", "", "", "", Actie.WIJZIGEN, "x", "", Hashketen.BEGIN, null);

        assertThat(Hashketen.canoniek(a)).isNotEqualTo(Hashketen.canoniek(b));
        assertThat(Hashketen.hash(a)).isNotEqualTo(Hashketen.hash(b));
    }

    @Test
    void checkAcceptsAnIntactChainAndReportsTheFirstBreak() {
        Logregel eerste = regel(1, Hashketen.BEGIN, "hulpvraag 7");
        Logregel tweede = regel(2, eerste.hash(), "beschikking 3");
        Logregel derde = regel(3, tweede.hash(), "toewijzing 9");

        var intact = new Toegangslog.Ketencontrole();
        intact.regel(eerste);
        intact.regel(tweede);
        intact.regel(derde);
        assertThat(intact.resultaat(new ToegangslogRepository.Ketenkop(3, derde.hash(), 3), Instant.EPOCH)
                        .intact())
                .isTrue();

        Logregel vervalst = new Logregel(
                2,
                tweede.tijdstip(),
                tweede.gebruiker(),
                tweede.rollen(),
                tweede.organisatie(),
                tweede.namens(),
                tweede.jeugdige(),
                tweede.actie(),
                "iets anders",
                tweede.toelichting(),
                tweede.vorigeHash(),
                tweede.hash());
        var gewijzigd = new Toegangslog.Ketencontrole();
        gewijzigd.regel(eerste);
        gewijzigd.regel(vervalst);
        gewijzigd.regel(derde);
        Ketencontroleresultaat resultaat =
                gewijzigd.resultaat(new ToegangslogRepository.Ketenkop(3, derde.hash(), 3), Instant.EPOCH);
        assertThat(resultaat.intact()).isFalse();
        assertThat(resultaat.eersteFouteRegel()).isEqualTo(2L);
        assertThat(resultaat.melding()).contains("gewijzigd");
    }

    @Test
    void checkDetectsRemovedEntriesInTheMiddleAndAtTheEnd() {
        Logregel eerste = regel(1, Hashketen.BEGIN, "hulpvraag 7");
        Logregel tweede = regel(2, eerste.hash(), "beschikking 3");
        Logregel derde = regel(3, tweede.hash(), "toewijzing 9");

        var zonderMidden = new Toegangslog.Ketencontrole();
        zonderMidden.regel(eerste);
        zonderMidden.regel(derde);
        assertThat(zonderMidden
                        .resultaat(new ToegangslogRepository.Ketenkop(3, derde.hash(), 3), Instant.EPOCH)
                        .eersteFouteRegel())
                .isEqualTo(3L);

        var zonderEind = new Toegangslog.Ketencontrole();
        zonderEind.regel(eerste);
        zonderEind.regel(tweede);
        Ketencontroleresultaat resultaat =
                zonderEind.resultaat(new ToegangslogRepository.Ketenkop(3, derde.hash(), 3), Instant.EPOCH);
        assertThat(resultaat.intact()).isFalse();
        assertThat(resultaat.eersteFouteRegel()).isEqualTo(3L);
    }
}
