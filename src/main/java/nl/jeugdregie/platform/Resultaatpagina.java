package nl.jeugdregie.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of a collection, with its total; answers as a JSON array plus {@code Link} headers. */
public record Resultaatpagina<T>(List<T> items, long totaal, Paginering paginering) {

    public Resultaatpagina {
        items = List.copyOf(items);
    }

    /** The requested page of a list that is already complete in memory (a short reference list). */
    public static <T> Resultaatpagina<T> uit(List<T> alle, Paginering paginering) {
        List<T> items = alle.stream()
                .skip(paginering.offset())
                .limit(paginering.pageSize())
                .toList();
        return new Resultaatpagina<>(items, alle.size(), paginering);
    }

    public <R> Resultaatpagina<R> map(Function<T, R> mapper) {
        return new Resultaatpagina<>(items.stream().map(mapper).toList(), totaal, paginering);
    }

    public int laatstePagina() {
        return paginering.laatstePagina(totaal);
    }

    /** The response for the current request: body, {@code Link} (RFC 8288) and {@code X-Total-Count}. */
    public ResponseEntity<List<T>> alsAntwoord() {
        UriComponentsBuilder huidig = ServletUriComponentsBuilder.fromCurrentRequest();
        return ResponseEntity.ok()
                .header("Link", links(huidig))
                .header("X-Total-Count", Long.toString(totaal))
                .header("X-Pagination-Page", Integer.toString(paginering.page()))
                .header("X-Pagination-Limit", Integer.toString(paginering.pageSize()))
                .body(items);
    }

    String links(UriComponentsBuilder basis) {
        int page = paginering.page();
        int laatste = laatstePagina();
        List<String> links = new ArrayList<>();
        links.add(link(basis, page, "self"));
        links.add(link(basis, 1, "first"));
        if (page > 1) {
            links.add(link(basis, Math.min(page - 1, laatste), "prev"));
        }
        if (page < laatste) {
            links.add(link(basis, page + 1, "next"));
        }
        links.add(link(basis, laatste, "last"));
        return String.join(", ", links);
    }

    private String link(UriComponentsBuilder basis, int page, String rel) {
        String uri = basis.cloneBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", paginering.pageSize())
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
