package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.GemeenteCode;

/**
 * What this module needs to know about declaraties: whether a toewijzing has approved, not credited prestaties, which
 * forbids removing it (TR385, OP362). The {@code declaratie} module depends on this module, so it provides the real
 * implementation as a bean; until a bean exists, no toewijzing has approved declaraties.
 */
public interface Declaratiestand {

    boolean heeftGoedgekeurdeDeclaraties(GemeenteCode gemeente, Toewijzingnummer nummer);
}
