package nl.jeugdregie.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Debian's Chromium, driven by Playwright: one headless browser for the whole test run, closed when
 * the run ends. Playwright never downloads browsers of its own. Without {@code /usr/bin/chromium} the
 * browser tests are skipped (CI always installs it).
 */
final class Chromium implements BeforeEachCallback, ParameterResolver {

    static final Path PROGRAMMA = Path.of("/usr/bin/chromium");

    private static final ExtensionContext.Namespace NAAMRUIMTE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(
                Files.isExecutable(PROGRAMMA),
                () -> PROGRAMMA + " ontbreekt: browsertests overgeslagen. Installeer met 'apt-get install chromium'.");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAAMRUIMTE)
                .computeIfAbsent(Sessie.class, sleutel -> new Sessie(), Sessie.class)
                .browser();
    }

    /** Playwright's driver and the browser it launched; closing it closes both. */
    private static final class Sessie implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        Sessie() {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(PROGRAMMA)
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync")));
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        Browser browser() {
            return browser;
        }

        @Override
        public void close() {
            playwright.close();
        }
    }
}
