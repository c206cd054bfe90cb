package nl.jeugdregie.platform;

import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * A page request per the ADR pagination module: {@code page} starts at 1, {@code pageSize} is at
 * most {@link #MAXIMUM}.
 */
public record Paginering(int page, int pageSize) {

    public static final int STANDAARD = 20;
    public static final int MAXIMUM = 100;

    public Paginering {
        if (page < 1) {
            throw new OngeldigeWaarde("page moet 1 of hoger zijn");
        }
        if (pageSize < 1 || pageSize > MAXIMUM) {
            throw new OngeldigeWaarde("pageSize moet tussen 1 en " + MAXIMUM + " liggen");
        }
    }

    public static Paginering van(Integer page, Integer pageSize) {
        return new Paginering(page == null ? 1 : page, pageSize == null ? STANDAARD : pageSize);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    public int laatstePagina(long totaal) {
        return (int) Math.max(1, (totaal + pageSize - 1) / pageSize);
    }
}
