package nl.jeugdregie.regio.web;

import nl.jeugdregie.regio.Jeugdregio;
import nl.jeugdregie.regio.RegioService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the platform's region on every page, for the page header. */
@ControllerAdvice(annotations = Controller.class)
class RegioModel {

    private final RegioService regioService;

    RegioModel(RegioService regioService) {
        this.regioService = regioService;
    }

    @ModelAttribute("platformregio")
    Jeugdregio platformregio() {
        return regioService.jeugdregio(regioService.platformregio()).orElse(null);
    }
}
