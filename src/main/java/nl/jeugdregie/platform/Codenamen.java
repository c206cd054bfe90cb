package nl.jeugdregie.platform;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The names of every code of one {@link Codesoort}, given by the module that owns them: {@code regio} for gemeenten
 * and jeugdregio's, {@code inkoop} for aanbieders and products. {@link Namen} asks for all of them in one query and
 * keeps them, so a page with a hundred rows needs no query per row. An owner calls {@link Namen#vergeet(Codesoort)}
 * when it adds or renames one.
 */
public interface Codenamen {

    Codesoort soort();

    /** Every code of this kind with its name. */
    Map<String, String> alle();

    /** The names {@code alle} gives, for a module that reads them from its repository. */
    static Codenamen van(Codesoort soort, Supplier<Map<String, String>> alle) {
        return new Codenamen() {
            @Override
            public Codesoort soort() {
                return soort;
            }

            @Override
            public Map<String, String> alle() {
                return alle.get();
            }
        };
    }
}
