package nl.jeugdregie.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the menu for the user's roles and whether this is a demo. */
@ControllerAdvice(annotations = Controller.class)
class Layoutmodel {

    private final List<Menuitem> menu;
    private final Demomodus demomodus;

    Layoutmodel(List<Menuitem> menu, Demomodus demomodus) {
        this.menu = menu.stream()
                .sorted(Comparator.comparingInt(Menuitem::volgorde))
                .toList();
        this.demomodus = demomodus;
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
