package nl.jeugdregie.inkoop.web;

import java.util.Set;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.validation.BindingResult;

/** Puts the reasons of a refused change on the form: at the field when the form has it, otherwise on top. */
final class Formulierfouten {

    private Formulierfouten() {}

    static void over(OngeldigeInvoer fout, BindingResult fouten) {
        over(fout, fouten, Set.of());
    }

    /** {@code velden}: field names of the service that the form shows under another name are put on top. */
    static void over(OngeldigeInvoer fout, BindingResult fouten, Set<String> velden) {
        fout.parameters().forEach(p -> {
            if (!velden.contains(p.name()) && fouten.getFieldType(p.name()) != null) {
                fouten.rejectValue(p.name(), "ongeldig", p.reason());
            } else {
                fouten.reject("ongeldig", p.reason());
            }
        });
    }
}
