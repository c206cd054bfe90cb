package nl.jeugdregie.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

/** The ladder: each rule of {@link Adviseur} with the answers that lead to it, and its explanation. */
class AdviseurTests {

    @Test
    void onlyLightConcernsNeedNoHelp() {
        Adviseur.Uitkomst advies = Adviseur.adviseer(triage(Map.of(), true, Urgentie.NORMAAL), false);
        assertThat(advies.trede()).isEqualTo(Trede.GEEN_HULP);
        assertThat(advies.principe()).startsWith("Normaliseren");
    }

    @Test
    void moderateConcernsInTwoDomainsStayWithTheLokaalTeam() {
        Adviseur.Uitkomst advies = Adviseur.adviseer(
                triage(
                        Map.of(Levensdomein.OPVOEDING, Ernst.MATIG, Levensdomein.SCHOOL, Ernst.MATIG),
                        true,
                        Urgentie.NORMAAL),
                false);
        assertThat(advies.trede()).isEqualTo(Trede.VOORLIGGEND);
        assertThat(advies.redenen()).singleElement().asString().contains("opvoeding en gezin", "school of werk");
        assertThat(advies.principe()).contains("Kleine problemen klein");
    }

    @Test
    void oneSeriousConcernAsksForAmbulantHelp() {
        Adviseur.Uitkomst advies = Adviseur.adviseer(
                triage(Map.of(Levensdomein.GEZONDHEID, Ernst.ERNSTIG), true, Urgentie.NORMAAL), false);
        assertThat(advies.trede()).isEqualTo(Trede.AMBULANT);
        assertThat(advies.redenen().get(0)).contains("ernstige zorgen in gezondheid en psychisch welbevinden");
    }

    @Test
    void aStrongNetworkKeepsModerateConcernsWithTheLokaalTeam() {
        Map<Levensdomein, Ernst> scores = new EnumMap<>(Levensdomein.class);
        scores.put(Levensdomein.OPVOEDING, Ernst.MATIG);
        scores.put(Levensdomein.SCHOOL, Ernst.MATIG);
        scores.put(Levensdomein.FINANCIEN, Ernst.MATIG);
        assertThat(Adviseur.adviseer(triage(scores, true, Urgentie.NORMAAL), false)
                        .trede())
                .isEqualTo(Trede.AMBULANT);
        scores.put(Levensdomein.NETWERK, Ernst.GEEN);
        Adviseur.Uitkomst advies = Adviseur.adviseer(triage(scores, true, Urgentie.NORMAAL), false);
        assertThat(advies.trede()).isEqualTo(Trede.VOORLIGGEND);
        assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("netwerk is een kracht"));
    }

    @Test
    void twoSeriousConcernsAskForDaghulp() {
        Adviseur.Uitkomst advies = Adviseur.adviseer(
                triage(
                        Map.of(Levensdomein.ONTWIKKELING, Ernst.ERNSTIG, Levensdomein.SCHOOL, Ernst.ERNSTIG),
                        true,
                        Urgentie.NORMAAL),
                false);
        assertThat(advies.trede()).isEqualTo(Trede.DAGHULP);
        assertThat(advies.principe()).contains("blijft thuis wonen");
    }

    @Test
    void whenHomeIsNotSafeAFamilySettingComesBeforeResidentialCare() {
        Adviseur.Uitkomst gezin =
                Adviseur.adviseer(triage(Map.of(Levensdomein.VEILIGHEID, Ernst.ACUUT), false, Urgentie.CRISIS), false);
        assertThat(gezin.trede()).isEqualTo(Trede.GEZINSVORM);
        assertThat(gezin.principe()).contains("Thuis is de basis");

        Map<Levensdomein, Ernst> acuut =
                Map.of(Levensdomein.VEILIGHEID, Ernst.ACUUT, Levensdomein.GEZONDHEID, Ernst.ACUUT);
        assertThat(Adviseur.adviseer(triage(acuut, false, Urgentie.CRISIS), false)
                        .trede())
                .isEqualTo(Trede.RESIDENTIEEL);
        assertThat(Adviseur.adviseer(triage(acuut, false, Urgentie.CRISIS), true)
                        .trede())
                .as("gesloten only with a machtiging of the kinderrechter")
                .isEqualTo(Trede.GESLOTEN);
    }

    @Test
    void aCrisisIsNeverAdvisedLessThanAmbulantHelp() {
        Adviseur.Uitkomst advies = Adviseur.adviseer(triage(Map.of(), true, Urgentie.CRISIS), false);
        assertThat(advies.trede()).isEqualTo(Trede.AMBULANT);
        assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("crisis"));
    }

    @Test
    void aTriageMissesNoDomainAndSafetyConcernsNeedTheMeldcode() {
        Map<Levensdomein, Triage.Domeinbeoordeling> zeven = new EnumMap<>(Levensdomein.class);
        for (Levensdomein d : Levensdomein.values()) {
            if (d != Levensdomein.WONEN) {
                zeven.put(d, new Triage.Domeinbeoordeling(Ernst.LICHT, null, null));
            }
        }
        assertThatThrownBy(() -> new Triage(zeven, veilig(), Urgentie.NORMAAL, deelnemers(), null))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("alle levensdomeinen");
        assertThatThrownBy(() -> new Triage.Veiligheid(true, false, false, true))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("meldcode");
    }

    private static Triage triage(Map<Levensdomein, Ernst> scores, boolean thuisVeilig, Urgentie urgentie) {
        Map<Levensdomein, Triage.Domeinbeoordeling> domeinen = new EnumMap<>(Levensdomein.class);
        for (Levensdomein d : Levensdomein.values()) {
            domeinen.put(d, new Triage.Domeinbeoordeling(scores.getOrDefault(d, Ernst.LICHT), null, null));
        }
        Triage.Veiligheid veiligheid = thuisVeilig ? veilig() : new Triage.Veiligheid(true, true, true, false);
        return new Triage(domeinen, veiligheid, urgentie, deelnemers(), "Thuis blijven");
    }

    private static Triage.Veiligheid veilig() {
        return new Triage.Veiligheid(false, false, false, true);
    }

    private static List<Triage.Deelnemer> deelnemers() {
        return List.of(new Triage.Deelnemer(Deelnemersrol.JEUGDIGE, "Noa", "Ik wil thuis blijven"));
    }
}
