package nl.jeugdregie.demoregio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Geslacht;

/** Fictitious people of the demo region: Dutch names, an address in their gemeente and a BSN that passes the elfproef. */
final class Personen {

    /** BSNs of the demo region start here: the 6-series, apart from the 999-range of the other demo data and tests. */
    static final long EERSTE_BSN = 610_000_000L;

    private static final List<String> JONGENS = List.of(
            "Daan",
            "Sem",
            "Noah",
            "Lucas",
            "Levi",
            "Finn",
            "Bram",
            "Luuk",
            "Jesse",
            "Thijs",
            "Mees",
            "Milan",
            "Ruben",
            "Tim",
            "Sven",
            "Jens",
            "Gijs",
            "Stijn",
            "Niels",
            "Teun",
            "Mohammed",
            "Adam",
            "Youssef",
            "Julian",
            "Hugo");
    private static final List<String> MEISJES = List.of(
            "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Fenna", "Eva", "Lotte", "Anna", "Noor",
            "Lieke", "Isa", "Femke", "Roos", "Yara", "Saar", "Fleur", "Nina", "Amira", "Lina", "Maud", "Jasmijn");
    private static final List<String[]> ACHTERNAMEN = List.of(
            new String[] {"Jansen", null},
            new String[] {"Vries", "de"},
            new String[] {"Berg", "van den"},
            new String[] {"Bakker", null},
            new String[] {"Visser", null},
            new String[] {"Smit", null},
            new String[] {"Meijer", null},
            new String[] {"Boer", "de"},
            new String[] {"Mulder", null},
            new String[] {"Groot", "de"},
            new String[] {"Bos", null},
            new String[] {"Vos", null},
            new String[] {"Peters", null},
            new String[] {"Hendriks", null},
            new String[] {"Leeuwen", "van"},
            new String[] {"Dekker", null},
            new String[] {"Brouwer", null},
            new String[] {"Wit", "de"},
            new String[] {"Dijkstra", null},
            new String[] {"Smits", null},
            new String[] {"Kamphuis", null},
            new String[] {"Nijhuis", null},
            new String[] {"Wolters", null},
            new String[] {"Oude Geerdink", null},
            new String[] {"Ter Horst", null},
            new String[] {"Lammerink", null},
            new String[] {"Scholten", null},
            new String[] {"Haverkate", null},
            new String[] {"Aydin", null},
            new String[] {"Yilmaz", null},
            new String[] {"Bulut", null},
            new String[] {"El Amrani", null},
            new String[] {"Morsink", null},
            new String[] {"Brink", "ten"},
            new String[] {"Veen", "van der"},
            new String[] {"Wijk", "van"});
    private static final List<String> STRATEN = List.of(
            "Dorpsstraat",
            "Kerkstraat",
            "Schoolstraat",
            "Molenstraat",
            "Beukenlaan",
            "Eikenlaan",
            "Esweg",
            "Hengelosestraat",
            "Oldenzaalsestraat",
            "Boddenkampstraat",
            "Kuipersdijk",
            "Haaksbergerstraat",
            "Lindenlaan",
            "Marktstraat",
            "Nieuwstraat",
            "Stationsstraat",
            "Burgemeester Jansenlaan",
            "Brinkstraat");

    /** Per gemeente: the place name in an address and the first two digits of its postcodes. */
    private static final Map<String, String[]> PLAATSEN = Map.ofEntries(
            Map.entry("0141", new String[] {"Almelo", "7607"}),
            Map.entry("0147", new String[] {"Borne", "7621"}),
            Map.entry("0153", new String[] {"Enschede", "7511"}),
            Map.entry("0158", new String[] {"Haaksbergen", "7481"}),
            Map.entry("0163", new String[] {"Nijverdal", "7441"}),
            Map.entry("0164", new String[] {"Hengelo", "7551"}),
            Map.entry("0168", new String[] {"Losser", "7581"}),
            Map.entry("0173", new String[] {"Oldenzaal", "7571"}),
            Map.entry("0183", new String[] {"Tubbergen", "7651"}),
            Map.entry("0189", new String[] {"Wierden", "7641"}),
            Map.entry("1700", new String[] {"Vriezenveen", "7671"}),
            Map.entry("1735", new String[] {"Goor", "7471"}),
            Map.entry("1742", new String[] {"Rijssen", "7461"}),
            Map.entry("1774", new String[] {"Denekamp", "7591"}));

    private Personen() {}

    static Demoregioplan.Persoon persoon(GemeenteCode gemeente, LocalDate geboren, SplittableRandom toeval) {
        boolean meisje = toeval.nextBoolean();
        String voornaam = meisje ? kies(MEISJES, toeval) : kies(JONGENS, toeval);
        String[] achternaam = ACHTERNAMEN.get(toeval.nextInt(ACHTERNAMEN.size()));
        String[] plaats = PLAATSEN.getOrDefault(gemeente.value(), new String[] {"Enschede", "7511"});
        String postcode = plaats[1].substring(0, 3)
                + (toeval.nextInt(9) + 1)
                + (char) ('A' + toeval.nextInt(26))
                + (char) ('A' + toeval.nextInt(26));
        String ouder = kies(toeval.nextBoolean() ? MEISJES : JONGENS, toeval).substring(0, 1) + ". "
                + (achternaam[1] == null ? "" : achternaam[1] + " ") + achternaam[0];
        return new Demoregioplan.Persoon(
                voornaam,
                achternaam[0],
                achternaam[1],
                meisje ? Geslacht.VROUWELIJK : Geslacht.MANNELIJK,
                geboren,
                kies(STRATEN, toeval),
                1 + toeval.nextInt(180),
                postcode,
                plaats[0],
                ouder);
    }

    /** The BSN of the jeugdige with this number: the first one that passes the elfproef in its own block of twenty. */
    static Bsn bsn(int nummer) {
        for (long kandidaat = EERSTE_BSN + 20L * nummer; ; kandidaat++) {
            String cijfers = Long.toString(kandidaat);
            if (Bsn.voldoetAanElfproef(cijfers)) {
                return new Bsn(cijfers);
            }
        }
    }

    private static String kies(List<String> lijst, SplittableRandom toeval) {
        return lijst.get(toeval.nextInt(lijst.size()));
    }
}
