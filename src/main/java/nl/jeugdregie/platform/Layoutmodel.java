package nl.jeugdregie.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the menu for the user's roles, whether this is a demo, and the progress of work that
 * builds up in the background ({@link Opbouwmelding}).
 */
@ControllerAdvice(annotations = Controller.class)
class Layoutmodel {

    private final List<Menuitem> menu;
    private final Demomodus demomodus;
    private final ObjectProvider<Opbouwmelding> opbouw;

    Layoutmodel(List<Menuitem> menu, Demomodus demomodus, ObjectProvider<Opbouwmelding> opbouw) {
        this.menu = menu.stream()
                .sorted(Comparator.comparingInt(Menuitem::volgorde))
                .toList();
        this.demomodus = demomodus;
        this.opbouw = opbouw;
    }

    @ModelAttribute("menu")
    List<Menuitem> menu() {
        Set<String> rollen = rollen();
        return menu.stream().filter(item -> item.zichtbaarVoor(rollen)).toList();
    }

    @ModelAttribute("demomodus")
    boolean demomodus() {
        return demomodus.isAan();
    }

    /** The line of the first background build that is under way, or null. */
    @ModelAttribute("opbouwmelding")
    String opbouwmelding() {
        return opbouw.orderedStream()
                .map(Opbouwmelding::melding)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    static Set<String> rollen() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
    }
}
