package nl.jeugdregie.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds links to other pages of a list, keeping the filters of the current request. */
@Component("paginalinks")
public class Paginalinks {

    public String naar(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
