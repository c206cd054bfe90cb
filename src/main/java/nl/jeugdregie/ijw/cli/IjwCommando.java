package nl.jeugdregie.ijw.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.Bevinding;
import nl.jeugdregie.ijw.OnleesbaarBericht;
import nl.jeugdregie.ijw.RetourberichtBuilder;
import nl.jeugdregie.ijw.Validatieresultaat;
import nl.jeugdregie.ijw.Validator;

/**
 * The command line of the iJw validator, started without Spring or a database:
 *
 * <pre>
 * ijw valideer FILE...          one JSON line per file; exit 0 all valid, 1 any invalid, 2 unreadable
 * ijw retour FILE --uit DIR     writes the retourbericht for a heenbericht into DIR
 * </pre>
 */
public final class IjwCommando {

    public static final int GELDIG = 0;
    public static final int ONGELDIG = 1;
    public static final int ONLEESBAAR = 2;

    private static final String GEBRUIK = """
            Gebruik:
              ijw valideer BESTAND...
              ijw retour BESTAND --uit MAP [--identificatie ID] [--dagtekening JJJJ-MM-DD] [--xslt-versie X.Y.Z]
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public IjwCommando(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Entry point for {@code java -jar jeugdregie.jar ijw ...}; {@code args} starts after "ijw". The JSON lines are
     * UTF-8 whatever the platform's encoding, so a finding's "€ 580,00" or "cliënt" arrives as written.
     */
    public static int run(String... args) {
        PrintStream json = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        return new IjwCommando(json, System.err, Clock.systemDefaultZone()).execute(List.of(args));
    }

    public int execute(List<String> args) {
        if (args.isEmpty()) {
            err.print(GEBRUIK);
            return ONLEESBAAR;
        }
        return switch (args.get(0)) {
            case "valideer" -> valideer(args.subList(1, args.size()));
            case "retour" -> retour(args.subList(1, args.size()));
            default -> {
                err.print("Onbekend commando: " + args.get(0) + "\n" + GEBRUIK);
                yield ONLEESBAAR;
            }
        };
    }

    private int valideer(List<String> bestanden) {
        if (bestanden.isEmpty()) {
            err.print(GEBRUIK);
            return ONLEESBAAR;
        }
        int exit = GELDIG;
        Validator validator = Validator.standaard();
        for (String bestand : bestanden) {
            try {
                Validatieresultaat resultaat = validator.valideer(Path.of(bestand));
                out.println(json(bestand, resultaat));
                exit = Math.max(exit, resultaat.geldig() ? GELDIG : ONGELDIG);
            } catch (OnleesbaarBericht | IOException e) {
                err.println(bestand + ": " + melding(e));
                out.println("{\"bestand\":" + Json.string(bestand)
                        + ",\"bericht\":null,\"geldig\":false,\"bevindingen\":[],\"fout\":" + Json.string(melding(e))
                        + "}");
                exit = ONLEESBAAR;
            }
        }
        out.flush();
        return exit;
    }

    /** Why a file could not be checked, in Dutch: never the English text of an IOException. */
    private static String melding(Exception e) {
        if (e instanceof OnleesbaarBericht) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "Bestand bestaat niet";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Bestand mag niet worden gelezen (geen leesrechten)";
        }
        return "Bestand kan niet worden gelezen";
    }

    static String json(String bestand, Validatieresultaat resultaat) {
        StringBuilder s = new StringBuilder(256)
                .append("{\"bestand\":")
                .append(Json.string(bestand))
                .append(",\"bericht\":")
                .append(Json.string(
                        resultaat.bericht() == null ? null : resultaat.bericht().name()))
                .append(",\"geldig\":")
                .append(resultaat.geldig())
                .append(",\"bevindingen\":[");
        List<Bevinding> bevindingen = resultaat.bevindingen();
        for (int i = 0; i < bevindingen.size(); i++) {
            Bevinding b = bevindingen.get(i);
            s.append(i == 0 ? "" : ",")
                    .append("{\"regel\":")
                    .append(Json.string(b.regel()))
                    .append(",\"retourcode\":")
                    .append(Json.string(b.retourcode()))
                    .append(",\"pad\":")
                    .append(Json.string(b.pad()))
                    .append(",\"melding\":")
                    .append(Json.string(b.melding()))
                    .append('}');
        }
        return s.append("]}").toString();
    }

    private int retour(List<String> args) {
        String bestand = null;
        Path uit = null;
        String identificatie = null;
        LocalDate dagtekening = LocalDate.now(clock);
        String xslt = null;
        List<String> rest = new ArrayList<>(args);
        try {
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                switch (arg) {
                    case "--uit" -> uit = Path.of(rest.remove(0));
                    case "--identificatie" -> identificatie = rest.remove(0);
                    case "--dagtekening" -> dagtekening = LocalDate.parse(rest.remove(0));
                    case "--xslt-versie" -> xslt = rest.remove(0);
                    default -> bestand = arg;
                }
            }
        } catch (RuntimeException e) {
            err.print(GEBRUIK);
            return ONLEESBAAR;
        }
        if (bestand == null || uit == null) {
            err.print(GEBRUIK);
            return ONLEESBAAR;
        }
        try {
            Validator.Beoordeling beoordeling = Validator.standaard().beoordeel(Path.of(bestand));
            Validatieresultaat resultaat = beoordeling.resultaat();
            if (beoordeling.bericht() == null || !beoordeling.bericht().type().isHeenbericht()) {
                err.println(bestand + ": geen heenbericht waarop een retourbericht volgt");
                out.println(json(bestand, resultaat));
                return ONGELDIG;
            }
            if (resultaat.heeftNiveau(1)) {
                err.println(
                        bestand
                                + ": het bericht voldoet niet aan het XSD; daarop volgt geen retourbericht maar een foutmelding");
                out.println(json(bestand, resultaat));
                return ONGELDIG;
            }
            RetourberichtBuilder builder = RetourberichtBuilder.voor(beoordeling.bericht(), resultaat)
                    .identificatie(identificatie != null ? identificatie : Long.toString(clock.millis(), 36))
                    .dagtekening(dagtekening);
            if (xslt != null) {
                builder.xsltVersie(xslt);
            }
            Bericht retour = builder.build();
            Files.createDirectories(uit);
            String naam = Path.of(bestand).getFileName().toString().replaceFirst("\\.xml$", "");
            Path doel = uit.resolve(naam + "." + retour.type().name() + ".xml");
            BerichtSchrijver.schrijf(retour, doel);
            out.println(doel);
            return resultaat.geldig() ? GELDIG : ONGELDIG;
        } catch (OnleesbaarBericht | IOException e) {
            err.println(bestand + ": " + melding(e));
            return ONLEESBAAR;
        }
    }
}
