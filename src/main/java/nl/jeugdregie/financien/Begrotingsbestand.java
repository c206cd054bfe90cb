package nl.jeugdregie.financien;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.jeugdregie.financien.Begrotingsinvoer.Invoerregel;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Werkblad;

/**
 * Reads the lines of a begroting from a file: CSV (separated by semicolons or commas, values quoted where needed,
 * UTF-8) or the first sheet of an XLSX workbook. The first non-empty row is the header with the columns {@code
 * taakveld}, {@code hulpvorm} (or {@code jeugdzorgvorm}) and {@code bedrag} (euros, Dutch notation), in any order; other
 * columns, such as a name next to a code, are passed over. Each row keeps its line number for the errors.
 */
final class Begrotingsbestand {

    private Begrotingsbestand() {}

    static List<Invoerregel> lees(byte[] inhoud) {
        if (inhoud == null || inhoud.length == 0) {
            throw new OngeldigeInvoer("bestand", "Kies een CSV- of Excel-bestand (XLSX) met de begroting");
        }
        boolean xlsx = Werkblad.isXlsx(inhoud);
        List<Werkblad.Rij> rijen = xlsx ? Werkblad.lees(inhoud) : Werkblad.csv(tekst(inhoud));
        List<Werkblad.Rij> gevuld = rijen.stream()
                .filter(r -> r.cellen().values().stream().anyMatch(c -> !c.isBlank()))
                .toList();
        if (gevuld.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand bevat geen regels");
        }
        Map<String, Integer> kop = new HashMap<>();
        gevuld.get(0)
                .cellen()
                .forEach((kolom, naam) -> kop.putIfAbsent(naam.strip().toLowerCase(Locale.ROOT), kolom));
        Integer taakveld = kop.get("taakveld");
        Integer hulpvorm = kop.getOrDefault("hulpvorm", kop.get("jeugdzorgvorm"));
        Integer bedrag = kop.get("bedrag");
        if (taakveld == null || hulpvorm == null || bedrag == null) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "Regel " + gevuld.get(0).nummer()
                            + ": de eerste regel moet de kolommen taakveld, hulpvorm en bedrag noemen");
        }
        List<Invoerregel> regels = new ArrayList<>();
        for (Werkblad.Rij rij : gevuld.subList(1, gevuld.size())) {
            regels.add(new Invoerregel(
                    "regel " + rij.nummer(),
                    false,
                    rij.cel(taakveld),
                    rij.cel(hulpvorm),
                    xlsx ? getalAlsBedrag(rij.cel(bedrag)) : rij.cel(bedrag)));
        }
        if (regels.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand heeft alleen een kopregel en geen begrotingsregels");
        }
        return regels;
    }

    /** A number cell of a workbook holds a decimal point ({@code 1234.5}); people and {@code Bedrag} write a comma. */
    private static String getalAlsBedrag(String cel) {
        return cel != null && cel.strip().matches("-?[0-9]+\\.[0-9]{1,2}")
                ? cel.strip().replace('.', ',')
                : cel;
    }

    private static String tekst(byte[] inhoud) {
        try {
            String tekst = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString();
            return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        } catch (CharacterCodingException e) {
            throw new OngeldigeInvoer("bestand", "Het bestand is geen tekst in UTF-8 en geen Excel-bestand (XLSX)");
        }
    }
}
