package nl.jeugdregie.kern.codelijst;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.OngeldigeWaarde;

/** Looks up the entries of one code list by their code. */
final class CodeIndex<E extends Enum<E> & Code> {

    private final String codelijst;
    private final Map<String, E> opCode;

    CodeIndex(String codelijst, E[] waarden) {
        this.codelijst = codelijst;
        Map<String, E> index = new HashMap<>();
        for (E waarde : waarden) {
            if (index.putIfAbsent(waarde.code(), waarde) != null) {
                throw new IllegalStateException("Code " + waarde.code() + " appears twice in " + codelijst);
            }
        }
        this.opCode = Map.copyOf(index);
    }

    E get(String code) {
        if (code == null) {
            throw new OngeldigeWaarde("Code voor " + codelijst + " ontbreekt");
        }
        return find(code)
                .orElseThrow(() -> new OngeldigeWaarde("'" + code + "' is geen geldige code voor " + codelijst));
    }

    Optional<E> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(opCode.get(code));
    }

    boolean contains(String code) {
        return find(code).isPresent();
    }
}
