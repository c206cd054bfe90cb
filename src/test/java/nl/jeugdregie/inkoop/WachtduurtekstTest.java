package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WachtduurtekstTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "9 mnd|39.1",
                "1–2 wk|1.5",
                "> 6 mnd|26.1",
                "≥ 20 wk|20.0",
                "12–16 wk|14.0",
                "± 3 mnd|13.0",
                "4–5 mnd|19.6",
                "6 wk na diagnostiek|6.0",
                "Binnen 24 uur|0.0",
                "10 dagen|1.4",
                "12|12.0",
                "3,5 weken|3.5",
                "geen wachttijd|0.0"
            })
    void readsPublishedTextsAsWeeks(String tekst, String weken) {
        assertThat(Wachtduurtekst.weken(tekst)).contains(new BigDecimal(weken));
    }

    @ParameterizedTest
    @ValueSource(strings = {"In overleg", "Langere wachttijd", "Beschikbaarheid maatwerk", "", "Aanmeldstop"})
    void leavesTextsWithoutADurationUnread(String tekst) {
        assertThat(Wachtduurtekst.weken(tekst)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aanmeldstop", "Korte aanmeldstop"})
    void recognisesAnAanmeldstop(String tekst) {
        assertThat(Wachtduurtekst.isAanmeldstop(tekst)).isTrue();
    }
}
