package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectuurTests} on two small fixtures: {@code architectuur.voldoet} keeps every rule,
 * {@code architectuur.overtreding} breaks each one once. A rule that cannot fail would pass both.
 */
class ArchitectuurregelsTests {

    static final String VOLDOET = "architectuur.voldoet";
    static final String OVERTREDING = "architectuur.overtreding";
    static final JavaClasses GOED = new ClassFileImporter().importPackages(VOLDOET);
    static final JavaClasses FOUT = new ClassFileImporter().importPackages(OVERTREDING);
    static final Path BESTANDEN = Path.of("src/test/resources/architectuur");

    static List<String> schendingen(ArchRule regel, JavaClasses klassen) {
        return regel.evaluate(klassen).getFailureReport().getDetails();
    }

    @Test
    void theFixturesHoldTheirModules() {
        assertThat(Architectuurregels.modules(GOED, VOLDOET)).containsExactly("inkoop", "kern", "regio");
        assertThat(Architectuurregels.modules(FOUT, OVERTREDING)).containsExactly("inkoop", "kern", "regio");
    }

    @Test
    void springInKernIsReported() {
        assertThat(schendingen(Architectuurregels.zonderRaamwerk(VOLDOET, "kern"), GOED))
                .isEmpty();
        assertThat(schendingen(Architectuurregels.zonderRaamwerk(OVERTREDING, "kern"), FOUT))
                .isNotEmpty()
                .allSatisfy(
                        s -> assertThat(s).contains("overtreding.kern.Tijdstip", "org.springframework.util.Assert"));
    }

    @Test
    void aPublicRepositoryIsReported() {
        assertThat(schendingen(Architectuurregels.repositoriesNietPubliek(VOLDOET), GOED))
                .isEmpty();
        assertThat(schendingen(Architectuurregels.repositoriesNietPubliek(OVERTREDING), FOUT))
                .singleElement()
                .asString()
                .contains("overtreding.inkoop.TariefRepository");
    }

    @Test
    void sqlOutsideARepositoryIsReportedUnlessListedWithItsReason() {
        assertThat(schendingen(Architectuurregels.sqlAlleenInRepositories(VOLDOET, Map.of()), GOED))
                .isEmpty();
        List<String> schendingen = schendingen(Architectuurregels.sqlAlleenInRepositories(OVERTREDING, Map.of()), FOUT);
        assertThat(schendingen)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains("overtreding.inkoop.AanbiederService"));
        assertThat(schendingen(
                        Architectuurregels.sqlAlleenInRepositories(
                                OVERTREDING, Map.of(OVERTREDING + ".inkoop.AanbiederService", "a reason")),
                        FOUT))
                .isEmpty();
        assertThat(schendingen(
                        Architectuurregels.sqlAlleenInRepositories(
                                OVERTREDING, Map.of(OVERTREDING + ".inkoop..", "a reason")),
                        FOUT))
                .isEmpty();
    }

    @Test
    void readingAnotherModulesTableIsReportedInClassesAndSqlFiles() {
        Set<String> modules = Set.of("inkoop", "kern", "regio");
        assertThat(schendingen(Architectuurregels.alleenViewsVanAndereModules(VOLDOET, modules), GOED))
                .isEmpty();
        assertThat(schendingen(Architectuurregels.alleenViewsVanAndereModules(OVERTREDING, modules), FOUT))
                .singleElement()
                .asString()
                .contains("architectuur.overtreding.inkoop.AanbiederService reads regio.gemeente");
        assertThat(Architectuurregels.schendingenInSqlBestanden(BESTANDEN.resolve("voldoet"), modules))
                .isEmpty();
        assertThat(Architectuurregels.schendingenInSqlBestanden(BESTANDEN.resolve("overtreding"), modules))
                .containsExactly(Path.of("db/migration/inkoop/V1__gemeenten.sql") + " reads regio.gemeente");
    }

    @Test
    void onlySqlTextCountsAndOwnTablesAndViewsAreAllowed() {
        Set<String> modules = Set.of("inkoop", "regio", "toewijzing");
        assertThat(Architectuurregels.verwijzingenNaarAnderen(
                        "select a.naam from inkoop.aanbieder a join regio.v_lidmaatschap l on true", "inkoop", modules))
                .isEmpty();
        assertThat(Architectuurregels.verwijzingenNaarAnderen(
                        "select * from toewijzing.toewijzing t join regio.gemeente g on true", "inkoop", modules))
                .containsExactly("toewijzing.toewijzing", "regio.gemeente");
        assertThat(Architectuurregels.verwijzingenNaarAnderen("jeugdregie.regio.code", "inkoop", modules))
                .as("a property name is no SQL")
                .isEmpty();
        assertThat(Architectuurregels.verwijzingenNaarAnderen(
                        "select 1 from inkoop.x where nl.jeugdregie.regio.y", "inkoop", modules))
                .as("a qualified Java name is no schema reference")
                .isEmpty();
    }
}
