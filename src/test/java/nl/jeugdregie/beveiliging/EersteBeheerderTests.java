package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import nl.jeugdregie.beveiliging.EersteBeheerder.ZwakWachtwoord;
import nl.jeugdregie.beveiliging.Wachtwoordbeleid.Persoon;
import nl.jeugdregie.platform.Demomodus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The first beheerder outside demo mode gets a password that meets the policy, or the start stops. */
class EersteBeheerderTests {

    final Demomodus productie = mock(Demomodus.class);
    final LokaleGebruikers gebruikers = mock(LokaleGebruikers.class);

    EersteBeheerderTests() {
        when(productie.isAan()).thenReturn(false);
        when(gebruikers.isLeeg()).thenReturn(true);
        when(gebruikers.wachtwoordbezwaren(any(), anyString())).thenAnswer(aanroep -> {
            Gebruiker gebruiker = aanroep.getArgument(0);
            return WachtwoordbeleidTests.BELEID.bezwaren(
                    aanroep.getArgument(1),
                    new Persoon(gebruiker.gebruikersnaam(), gebruiker.naam(), gebruiker.organisatie()));
        });
    }

    @Test
    void aWeakFirstPasswordStopsTheStartWithTheReason() {
        EersteBeheerder eerste = new EersteBeheerder(productie, gebruikers, "beheerder2026");

        assertThatThrownBy(() -> eerste.run(new DefaultApplicationArguments()))
                .isInstanceOfSatisfying(ZwakWachtwoord.class, fout -> {
                    FailureAnalysis analyse = new EersteBeheerder.ZwakWachtwoordAnalyse().analyze(fout);
                    assertThat(analyse.getDescription())
                            .contains("jeugdregie.beheerder.wachtwoord is niet sterk genoeg")
                            .contains("gebruikersnaam");
                    assertThat(analyse.getAction()).contains("Kies een sterker wachtwoord");
                });
        verify(gebruikers, never()).voegToe(any(), anyString());
    }

    @Test
    void aStrongFirstPasswordCreatesTheBeheerder() {
        new EersteBeheerder(productie, gebruikers, "paarse giraffe fietst langzaam")
                .run(new DefaultApplicationArguments());

        verify(gebruikers).voegToe(any(), anyString());
    }

    @Test
    void withoutAPasswordNothingIsCreatedAndTheStartGoesOn() {
        new EersteBeheerder(productie, gebruikers, "").run(new DefaultApplicationArguments());

        verify(gebruikers, never()).voegToe(any(), anyString());
    }
}
