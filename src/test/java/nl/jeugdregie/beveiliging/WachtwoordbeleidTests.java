package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jeugdregie.beveiliging.Wachtwoordbeleid.Persoon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WachtwoordbeleidTests {

    static final Wachtwoordbeleid BELEID =
            new Wachtwoordbeleid(() -> List.of("jeugdregie", "jeugdhulp", "jz14", "twente"));

    static final Persoon HENK = new Persoon("henk.hengelo", "Henk de Vries", "Gemeente Hengelo");

    @Test
    void acceptsALongPassphraseOfUnrelatedWords() {
        assertThat(BELEID.bezwaren("paarse giraffe fietst langzaam", HENK)).isEmpty();
    }

    @Test
    void refusesRepeatedCharactersAndSaysWhy() {
        assertThat(String.join(" ", BELEID.bezwaren("aaaaaaaaaaaa", HENK)))
                .contains("te makkelijk te raden")
                .containsAnyOf("Herhalingen", "reeksen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklmn", "123456789012", "qwertyuiopasdf"})
    void refusesSequencesAndKeyboardRows(String wachtwoord) {
        assertThat(BELEID.bezwaren(wachtwoord, HENK)).singleElement().asString().contains("te makkelijk te raden");
    }

    @Test
    void refusesThePasswordEqualToOrContainingTheUserName() {
        Persoon persoon = new Persoon("hengelo.medewerker", "Nieuwe Gebruiker", "Gemeente");
        assertThat(BELEID.bezwaren("hengelo.medewerker", persoon))
                .singleElement()
                .asString()
                .contains("gebruikersnaam");
        assertThat(BELEID.bezwaren("Hengelo.Medewerker!2", persoon))
                .singleElement()
                .asString()
                .contains("gebruikersnaam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HenkdeVries1970", "GemeenteHengelo!", "Jeugdregie2026!", "twentejeugdhulp1"})
    void refusesPasswordsDerivedFromThePersonTheOrganisationOrThePlatform(String wachtwoord) {
        assertThat(BELEID.bezwaren(wachtwoord, HENK)).singleElement().asString().contains("te makkelijk te raden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wachtwoord123!", "welkom01welkom", "Password1234", "Welkom12345!"})
    void refusesCommonPasswordsDutchAndEnglish(String wachtwoord) {
        assertThat(BELEID.bezwaren(wachtwoord, HENK)).isNotEmpty();
    }

    @Test
    void refusesAShortPasswordNamingTheMinimum() {
        assertThat(BELEID.bezwaren("kort", HENK))
                .containsExactly("Het wachtwoord moet ten minste 12 tekens hebben; dit heeft er 4. Maak het langer,"
                        + " bijvoorbeeld met een paar losse woorden.");
    }

    @Test
    void countsTheMaximumInBytesNotCharacters() {
        String zeventigTekens = "éénhoorn-".repeat(8).substring(0, 70);
        assertThat(zeventigTekens.length()).isLessThanOrEqualTo(72);
        assertThat(zeventigTekens.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

        assertThat(BELEID.bezwaren(zeventigTekens, HENK))
                .singleElement()
                .asString()
                .contains("hoogstens 72 bytes")
                .contains("Kort het wachtwoord in");
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(BELEID.bezwaren("", HENK)).containsExactly("Vul een wachtwoord in.");
    }
}
