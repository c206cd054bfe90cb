package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void readsADeclaratieIntoRecords() {
        Jw323 declaratie = (Jw323) Berichtmodel.model(Declaraties.jw323(2, 3));
        assertThat(declaratie.declaratie().clienten()).hasSize(2);
        Jw323.Prestatie prestatie =
                declaratie.declaratie().clienten().get(1).prestaties().get(2);
        assertThat(prestatie.ingediendBedrag().bedrag()).isEqualTo(5000L);
        assertThat(prestatie.productPeriode().begindatum()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(declaratie.header().berichtIdentificatie().identificatie()).isEqualTo("D2026-0001");
    }

    @Test
    void streamingWriterWritesTheSameBytesAsTheWholeTree() throws Exception {
        java.io.ByteArrayOutputStream gestroomd = new java.io.ByteArrayOutputStream();
        Declaraties.schrijf(3, 4, gestroomd);
        assertThat(gestroomd.toByteArray()).isEqualTo(BerichtSchrijver.bytes(Declaraties.jw323(3, 4)));
    }

    @Test
    void keepsRetourCodesPerBerichtklasse() {
        Jw302 retour = (Jw302) Berichtmodel.model(BerichtregelsTest.voorbeeld("JW302"));
        assertThat(retour.retourCodes()).containsExactly(java.util.Map.entry("/Bericht/Header", List.of("8848")));
        assertThat(retour.client()).isNull();
        Jw325 antwoord = (Jw325) Berichtmodel.model(BerichtregelsTest.voorbeeld("JW325"));
        assertThat(antwoord.retourCodes().get("/Bericht/Header")).isEqualTo(List.of("0200"));
        assertThat(antwoord.retourCodes())
                .containsKey("/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]");
    }
}
