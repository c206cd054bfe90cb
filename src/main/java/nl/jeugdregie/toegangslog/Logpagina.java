package nl.jeugdregie.toegangslog;

import java.util.List;

/**
 * One page of log entries, newest first.
 *
 * @param regels the entries on this page
 * @param pagina the page number, starting at 1
 * @param paginagrootte the maximum number of entries per page
 * @param totaal the number of entries matching the filters
 */
public record Logpagina(List<Logregel> regels, int pagina, int paginagrootte, long totaal) {

    public Logpagina {
        regels = List.copyOf(regels);
    }

    public int aantalPaginas() {
        return (int) Math.max(1, (totaal + paginagrootte - 1) / paginagrootte);
    }

    public boolean heeftVorige() {
        return pagina > 1;
    }

    public boolean heeftVolgende() {
        return pagina < aantalPaginas();
    }
}
