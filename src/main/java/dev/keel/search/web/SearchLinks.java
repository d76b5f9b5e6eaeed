package dev.keel.search.web;

import dev.keel.search.domain.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of the results page that keep the current query and filters while changing one thing. */
public final class SearchLinks {

    private final SearchRequest request;

    SearchLinks(SearchRequest request) {
        this.request = request;
    }

    /** Adds the facet value to the filters, or removes it when it is already set; back to page one. */
    public String toggle(String facet, String value) {
        List<String> current = values(facet);
        List<String> next = new ArrayList<>(current);
        if (!next.remove(value)) {
            next.add(value);
        }
        return build(facet, next, false, null);
    }

    public boolean active(String facet, String value) {
        return values(facet).contains(value);
    }

    /** Only this kind ({@code null} for all kinds). */
    public String kind(@Nullable String kind) {
        return build("kind", kind == null ? List.of() : List.of(kind), false, null);
    }

    public String page(int page) {
        return build("", List.of(), true, page);
    }

    public String clear() {
        return UriComponentsBuilder.fromPath("/search")
                .queryParam("q", Objects.requireNonNullElse(request.q(), ""))
                .encode()
                .toUriString();
    }

    private List<String> values(String facet) {
        List<String> v = switch (facet) {
            case "kind" -> request.kind();
            case "status" -> request.status();
            case "priority" -> request.priority();
            case "category" -> request.category();
            case "organisation" -> request.organisation();
            default -> null;
        };
        return v == null ? List.of() : v;
    }

    private String build(String changed, List<String> changedValues, boolean keepPage, @Nullable Integer page) {
        UriComponentsBuilder b =
                UriComponentsBuilder.fromPath("/search").queryParam("q", Objects.requireNonNullElse(request.q(), ""));
        for (String facet : List.of("kind", "status", "priority", "category", "organisation")) {
            List<String> v = facet.equals(changed) ? changedValues : values(facet);
            if (!v.isEmpty()) {
                b.queryParam(facet, v.toArray());
            }
        }
        if (request.from() != null && !request.from().isBlank()) {
            b.queryParam("from", request.from());
        }
        if (request.to() != null && !request.to().isBlank()) {
            b.queryParam("to", request.to());
        }
        if (keepPage && page != null && page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().toUriString();
    }
}
