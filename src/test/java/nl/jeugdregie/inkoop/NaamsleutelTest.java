package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaamsleutelTest {

    @Test
    void ignoresCaseAccentsPunctuationAndLegalForm() {
        assertThat(Naamsleutel.van("Stichting Pluryn")).isEqualTo(Naamsleutel.van("pluryn"));
        assertThat(Naamsleutel.van("Helderzorg B.V.")).isEqualTo("helderzorg");
        assertThat(Naamsleutel.van("Praktijk Forza B.V.")).isEqualTo(Naamsleutel.van("Praktijk Forza"));
        assertThat(Naamsleutel.van("Pienter&Co")).isEqualTo("pienter en co");
        assertThat(Naamsleutel.van("Praktijk voor Orthopedagogiek 't Zeggelt"))
                .isEqualTo("praktijk voor orthopedagogiek t zeggelt");
        assertThat(Naamsleutel.van("Café Zorg")).isEqualTo("cafe zorg");
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(Naamsleutel.van("Mediant")).isNotEqualTo(Naamsleutel.van("Mediant BalanZ"));
    }
}
