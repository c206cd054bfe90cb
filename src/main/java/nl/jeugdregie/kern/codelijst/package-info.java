/**
 * The code lists of the iJw 3.2 standard as enums, each entry carrying its official code and Dutch description as the
 * basisschema defines them, plus the Vektis Berichtcode list (COD002) and the CBS hulpvormen.
 *
 * <p>Every list offers {@code vanCode(String)} (throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown
 * code), {@code find(String)} and {@code isGeldig(String)}. Codes are matched exactly as they appear in a message:
 * {@code "01"} and {@code "1"} are different codes.
 */
@NamedInterface("codelijst")
package nl.jeugdregie.kern.codelijst;

import org.springframework.modulith.NamedInterface;
