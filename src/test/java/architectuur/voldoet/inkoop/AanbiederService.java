package architectuur.voldoet.inkoop;

import java.util.List;

/** A service that leaves the SQL to its repository; the text mentions regio.gemeente but is no SQL. */
public class AanbiederService {

    private final AanbiederRepository repository;

    AanbiederService(AanbiederRepository repository) {
        this.repository = repository;
    }

    public List<String> namen() {
        return repository.namen();
    }

    public String uitleg() {
        return "Zie regio.gemeente voor de gemeenten; eigenschap jeugdregie.regio.code";
    }
}
