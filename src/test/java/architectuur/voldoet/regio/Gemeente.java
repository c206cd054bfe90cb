package architectuur.voldoet.regio;

/** Makes {@code regio} a module of the fixture. */
public record Gemeente(String code, String naam) {}
