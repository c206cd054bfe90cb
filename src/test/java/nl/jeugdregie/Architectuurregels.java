package nl.jeugdregie;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.asm.ClassReader;

/**
 * The architecture rules of the code base, written for any root package so that a test can show each rule failing
 * on a small fixture. Every direct sub-package of the root is a module, and a module's database schema carries its
 * package name.
 */
final class Architectuurregels {

    /** JDBC types that run SQL; holding one of them is running SQL. */
    private static final DescribedPredicate<JavaClass> JDBC = assignableTo(
                    "org.springframework.jdbc.core.JdbcOperations")
            .or(assignableTo("org.springframework.jdbc.core.simple.JdbcClient"))
            .or(assignableTo("org.springframework.jdbc.core.simple.SimpleJdbcInsertOperations"))
            .or(assignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations"))
            .or(assignableTo("java.sql.Connection"))
            .or(assignableTo("java.sql.Statement"))
            .as("JDBC (JdbcClient, JdbcTemplate, Connection, Statement)");

    /** A statement: only text with one of these words is read as SQL. */
    private static final Pattern SQL = Pattern.compile(
            "\\b(select|insert|update|delete|from|join|create|alter|references)\\b", Pattern.CASE_INSENSITIVE);

    private Architectuurregels() {}

    /**
     * Plain Java for the given modules: no Spring, no servlet API, no JDBC. A {@code package-info} may carry Spring
     * Modulith's module annotations: they document the module and are never loaded when the code runs.
     */
    static ArchRule zonderRaamwerk(String root, String... modules) {
        String[] pakketten =
                Stream.of(modules).map(module -> root + "." + module + "..").toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAnyPackage(pakketten)
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..", "org.postgresql.."))
                .as("the modules " + String.join(", ", modules) + " are plain Java: no Spring, servlet API or JDBC");
    }

    /** Repositories stay inside their module's package. */
    static ArchRule repositoriesNietPubliek(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notHaveModifier(PUBLIC)
                .as("repositories are package-private");
    }

    /**
     * Only repositories (and the classes nested in them) run SQL. {@code uitzonderingen} maps a class name, or a
     * package name ending in {@code ..}, to the reason it may for now.
     */
    static ArchRule sqlAlleenInRepositories(String root, Map<String, String> uitzonderingen) {
        DescribedPredicate<JavaClass> uitgezonderd = DescribedPredicate.describe(
                "an exception listed with its reason",
                klasse -> uitzonderingen.keySet().stream()
                        .anyMatch(naam -> naam.endsWith("..")
                                ? klasse.getPackageName().startsWith(naam.substring(0, naam.length() - 2))
                                : klasse.getName().equals(naam)
                                        || klasse.getName().startsWith(naam + "$")));
        DescribedPredicate<JavaClass> repository = DescribedPredicate.describe(
                "a repository",
                klasse -> buitensteKlasse(klasse).getSimpleName().endsWith("Repository"));
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and(not(repository))
                .and(not(uitgezonderd))
                .should()
                .dependOnClassesThat(JDBC)
                .as("SQL runs only in classes named *Repository");
    }

    /** A module reads another module's schema only through that module's {@code v_*} views. */
    static ArchRule alleenViewsVanAndereModules(String root, Set<String> modules) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<>("read another module's schema only through its v_* views") {
                    @Override
                    public void check(JavaClass klasse, ConditionEvents events) {
                        String eigen = module(root, klasse.getPackageName());
                        for (String tekst : tekstconstanten(klasse)) {
                            for (String verwijzing : verwijzingenNaarAnderen(tekst, eigen, modules)) {
                                events.add(SimpleConditionEvent.violated(
                                        klasse, klasse.getName() + " reads " + verwijzing));
                            }
                        }
                    }
                })
                .as("a module reads another module's schema only through its v_* views");
    }

    /**
     * The same rule for the SQL files below {@code map} (Flyway migrations, queries): a file belongs to the module
     * named by the first folder of its path that is a module.
     */
    static List<String> schendingenInSqlBestanden(Path map, Set<String> modules) {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> bestanden = Files.walk(map)) {
            List<String> schendingen = new ArrayList<>();
            for (Path bestand : bestanden
                    .filter(p -> p.toString().endsWith(".sql"))
                    .sorted()
                    .toList()) {
                Path relatief = map.relativize(bestand);
                String eigen = null;
                for (Path deel : relatief) {
                    if (modules.contains(deel.toString())) {
                        eigen = deel.toString();
                        break;
                    }
                }
                String tekst = Files.readString(bestand, StandardCharsets.UTF_8);
                for (String verwijzing : verwijzingenNaarAnderen(zonderCommentaar(tekst), eigen, modules)) {
                    schendingen.add(relatief + " reads " + verwijzing);
                }
            }
            return schendingen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules: the direct sub-packages of the root that hold classes. */
    static Set<String> modules(JavaClasses klassen, String root) {
        return klassen.stream()
                .map(klasse -> module(root, klasse.getPackageName()))
                .filter(module -> module != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** References {@code schema.table} in SQL text to another module's schema that are not a {@code v_*} view. */
    static List<String> verwijzingenNaarAnderen(String tekst, String eigen, Set<String> modules) {
        if (!SQL.matcher(tekst).find()) {
            return List.of();
        }
        List<String> verwijzingen = new ArrayList<>();
        Matcher matcher =
                Pattern.compile("(?<![\\w.])([a-z]+)\\.([a-z_][a-z0-9_]*)\\b").matcher(tekst);
        while (matcher.find()) {
            String schema = matcher.group(1);
            String naam = matcher.group(2);
            if (modules.contains(schema) && !schema.equals(eigen) && !naam.startsWith("v_")) {
                verwijzingen.add(schema + "." + naam);
            }
        }
        return verwijzingen;
    }

    private static String zonderCommentaar(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static String module(String root, String pakket) {
        if (!pakket.startsWith(root + ".")) {
            return null;
        }
        String rest = pakket.substring(root.length() + 1);
        int punt = rest.indexOf('.');
        return punt < 0 ? rest : rest.substring(0, punt);
    }

    private static JavaClass buitensteKlasse(JavaClass klasse) {
        JavaClass buitenste = klasse;
        while (buitenste.getEnclosingClass().isPresent()) {
            buitenste = buitenste.getEnclosingClass().get();
        }
        return buitenste;
    }

    /**
     * The string constants of the compiled class: literals, text blocks, constants folded in from elsewhere and the
     * constant parts of string concatenations.
     */
    static List<String> tekstconstanten(JavaClass klasse) {
        Source bron = klasse.getSource().orElseThrow(() -> new IllegalStateException("No class file: " + klasse));
        try (InputStream in = bron.getUri().toURL().openStream()) {
            ClassReader lezer = new ClassReader(in);
            char[] buffer = new char[lezer.getMaxStringLength()];
            List<String> teksten = new ArrayList<>();
            for (int i = 1; i < lezer.getItemCount(); i++) {
                int positie = lezer.getItem(i);
                if (positie > 0 && lezer.readByte(positie - 1) == 8 /* CONSTANT_String */) {
                    teksten.add((String) lezer.readConst(i, buffer));
                }
            }
            return teksten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
