package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On a 375 pixel wide phone screen the pages fit: nothing scrolls sideways. */
class SmalSchermTests extends InDeBrowser {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/regio", "/beheer/gemeenten", "/beheer/gemeenten/nieuw"})
    void pageHasNoHorizontalScrollOnAPhone(String pad) {
        page.setViewportSize(375, 812);
        logInAls("beheerder");
        page.navigate(url(pad));
        assertThat(page.locator("h1")).isVisible();

        @SuppressWarnings("unchecked")
        Map<String, Number> maten =
                (Map<String, Number>) page.evaluate("() => ({scrollWidth: document.scrollingElement.scrollWidth,"
                        + " clientWidth: document.scrollingElement.clientWidth})");
        Assertions.assertThat(maten.get("scrollWidth").intValue())
                .as("breedte van %s op 375px: %s", pad, maten)
                .isLessThanOrEqualTo(maten.get("clientWidth").intValue());
    }
}
