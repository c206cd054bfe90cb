package architectuur.overtreding.regio;

/** Makes {@code regio} a module of the fixture, so {@code regio.gemeente} is another module's table. */
public record Gemeente(String code, String naam) {}
