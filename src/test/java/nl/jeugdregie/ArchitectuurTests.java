package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/ARCHITECTURE.md that {@link ModularityTests} does not cover: where SQL lives, which modules stay
 * plain Java, and that modules read each other's data only through the published {@code v_*} views.
 * {@link ArchitectuurregelsTests} shows that each rule fails on a violation.
 */
class ArchitectuurTests {

    static final String ROOT = "nl.jeugdregie";

    static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final Set<String> MODULES = Architectuurregels.modules(KLASSEN, ROOT);

    /**
     * Classes outside a repository that may run SQL for now, each with its reason. Remove an entry as soon as its
     * reason is gone; the test fails on every class not listed here.
     */
    static final Map<String, String> SQL_BUITEN_REPOSITORIES = Map.of(
            "nl.jeugdregie.platform.Paginaquery",
            "the one paging mechanism: runs the count and the page query that a repository hands it, on that"
                    + " repository's JdbcClient",
            "nl.jeugdregie.berichtenverkeer..",
            "message processing is being reworked; its SQL (Berichtenbus, Berichtverwerking, Termijnen,"
                    + " Uitgaandeberichten) moves to repositories when that work has landed",
            "nl.jeugdregie.toewijzing..",
            "message processing is being reworked; its SQL (ClientService, ToewijzingDemodata) moves to"
                    + " repositories when that work has landed",
            "nl.jeugdregie.beveiliging..",
            "the user code is being reworked; its SQL (LokaleGebruikers) moves to a repository when that work"
                    + " has landed");

    /**
     * Migrations that cross a module boundary once, each with its reason. A migration runs once, so an entry stays; a
     * new one needs a reason as good.
     */
    static final Map<String, String> SQL_BESTANDEN_OVER_DE_GRENS = Map.of(
            Path.of("db/migration/toewijzing/V4__clientregister_naar_jeugdige.sql")
                    .toString(),
            "hands the person data of the client register to the module jeugdige once, when the register moved there");

    @Test
    void kernAndIjwArePlainJava() {
        Architectuurregels.zonderRaamwerk(ROOT, "kern", "ijw").check(KLASSEN);
    }

    @Test
    void repositoriesArePackagePrivate() {
        Architectuurregels.repositoriesNietPubliek(ROOT).check(KLASSEN);
    }

    @Test
    void sqlRunsOnlyInRepositories() {
        Architectuurregels.sqlAlleenInRepositories(ROOT, SQL_BUITEN_REPOSITORIES)
                .check(KLASSEN);
    }

    @Test
    void modulesReadOtherSchemasOnlyThroughViews() {
        Architectuurregels.alleenViewsVanAndereModules(ROOT, MODULES).check(KLASSEN);
        assertThat(Architectuurregels.schendingenInSqlBestanden(Path.of("src/main/resources"), MODULES))
                .as("SQL files reading another module's tables")
                .filteredOn(schending ->
                        SQL_BESTANDEN_OVER_DE_GRENS.keySet().stream().noneMatch(schending::startsWith))
                .isEmpty();
    }

    @Test
    void knowsTheModules() {
        assertThat(MODULES)
                .contains("kern", "platform", "regio", "beveiliging", "toegangslog", "ijw", "inkoop", "toewijzing")
                .contains("declaratie", "berichtenverkeer");
    }
}
