package nl.jeugdregie.platform;

import java.util.Set;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.springframework.validation.BindingResult;

/**
 * The one way a page puts the reasons of a refused change on its form: at the field when the form has it, otherwise
 * on top of the form, so that the page shows the form again with every reason instead of failing.
 */
public final class Formulierfouten {

    private Formulierfouten() {}

    public static void over(OngeldigeInvoer fout, BindingResult fouten) {
        over(fout, fouten, Set.of());
    }

    /** {@code velden}: field names of the service that the form shows under another name are put on top. */
    public static void over(OngeldigeInvoer fout, BindingResult fouten, Set<String> velden) {
        fout.parameters().forEach(p -> {
            if (!velden.contains(p.name()) && fouten.getFieldType(p.name()) != null) {
                fouten.rejectValue(p.name(), "ongeldig", p.reason());
            } else {
                fouten.reject("ongeldig", p.reason());
            }
        });
    }

    /**
     * Runs {@code wijziging} when the form has no errors yet; a refusal by the service (invalid
     * input, a conflict, an invalid value) ends up on the form. True when the change was stored.
     */
    public static boolean probeer(BindingResult fouten, Runnable wijziging) {
        return probeer(fouten, Set.of(), wijziging);
    }

    /** As {@link #probeer(BindingResult, Runnable)}, with {@code velden} as in {@link #over(OngeldigeInvoer, BindingResult, Set)}. */
    public static boolean probeer(BindingResult fouten, Set<String> velden, Runnable wijziging) {
        if (fouten.hasErrors()) {
            return false;
        }
        try {
            wijziging.run();
            return true;
        } catch (OngeldigeInvoer e) {
            over(e, fouten, velden);
        } catch (Conflict | OngeldigeWaarde e) {
            fouten.reject("geweigerd", e.getMessage());
        }
        return false;
    }
}
