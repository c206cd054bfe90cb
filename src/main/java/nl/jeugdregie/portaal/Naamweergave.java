package nl.jeugdregie.portaal;

/** A jeugdige's name as a letter of the gemeente writes it: voorletters with dots, voorvoegsel, achternaam. */
final class Naamweergave {

    private Naamweergave() {}

    static String van(String voorletters, String voorvoegsel, String achternaam) {
        StringBuilder naam = new StringBuilder();
        if (voorletters != null) {
            for (char letter : voorletters.toCharArray()) {
                naam.append(letter).append('.');
            }
            naam.append(' ');
        }
        if (voorvoegsel != null) {
            naam.append(voorvoegsel).append(' ');
        }
        return naam.append(achternaam).toString();
    }
}
