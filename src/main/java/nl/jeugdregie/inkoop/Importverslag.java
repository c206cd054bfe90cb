package nl.jeugdregie.inkoop;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;

/**
 * The report of an import, filled line by line while the import runs: how far it is, and afterwards every line with
 * its outcome. Written by the import's thread and read by others at the same time.
 */
public final class Importverslag {

    private final boolean proef;
    private final List<Importregel> regels = new ArrayList<>();
    private final Map<Importuitkomst, Integer> telling = new EnumMap<>(Importuitkomst.class);
    private int totaal;
    private List<String> vervallen = List.of();

    /** @param proef whether the import is a trial that stores nothing */
    public Importverslag(boolean proef) {
        this.proef = proef;
    }

    public boolean proef() {
        return proef;
    }

    /** The number of data lines in the file, known once the file is read. */
    synchronized void begin(int regels) {
        totaal = regels;
    }

    synchronized void voegToe(Importregel regel) {
        regels.add(regel);
        telling.merge(regel.uitkomst(), 1, Integer::sum);
    }

    /** For the product list: the codes the list no longer holds, marked vervallen. */
    synchronized void vervallen(List<String> codes) {
        vervallen = List.copyOf(codes);
    }

    public synchronized int totaal() {
        return totaal;
    }

    /** The lines handled so far. */
    public synchronized int verwerkt() {
        return regels.size();
    }

    /** Progress in whole percent. */
    public synchronized int procent() {
        return totaal == 0 ? 0 : (int) (100L * regels.size() / totaal);
    }

    public synchronized int aantal(Importuitkomst uitkomst) {
        return telling.getOrDefault(uitkomst, 0);
    }

    /** The count per outcome, in the order of {@link Importuitkomst}; outcomes that did not occur are left out. */
    public synchronized Map<Importuitkomst, Integer> telling() {
        return new EnumMap<>(telling);
    }

    /** Lines that changed the register: new, updated or valid again. */
    public synchronized int opgeslagen() {
        return telling.entrySet().stream()
                .filter(e -> e.getKey().isOpgeslagen())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public synchronized List<String> vervallen() {
        return vervallen;
    }

    public synchronized List<Importregel> regels() {
        return List.copyOf(regels);
    }

    public synchronized List<Importregel> regels(Importuitkomst uitkomst) {
        return regels.stream().filter(r -> r.uitkomst() == uitkomst).toList();
    }

    /** One page of the lines, of one outcome or (with null) all, in file order. */
    public synchronized Resultaatpagina<Importregel> pagina(Importuitkomst uitkomst, Paginering paginering) {
        return Resultaatpagina.uit(uitkomst == null ? List.copyOf(regels) : regels(uitkomst), paginering);
    }
}
