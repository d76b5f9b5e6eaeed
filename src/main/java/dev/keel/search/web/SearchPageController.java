package dev.keel.search.web;

import dev.keel.search.SearchContributor;
import dev.keel.search.domain.SearchRequest;
import dev.keel.search.domain.Searchers;
import dev.keel.search.domain.UnifiedSearch;
import dev.keel.shared.DomainException;
import dev.keel.web.TimeFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The results page behind the navbar search box, for agents and requesters alike (each sees what
 * they may open). Bad input shows the page with a clear message and a 422 (as every invalid input in Keel); an empty query, a prompt.
 */
@Controller
class SearchPageController {

    private final UnifiedSearch search;
    private final Searchers searchers;
    private final TimeFormat time;

    SearchPageController(UnifiedSearch search, Searchers searchers, TimeFormat time) {
        this.search = search;
        this.searchers = searchers;
        this.time = time;
    }

    @GetMapping("/search")
    String search(
            @ModelAttribute("request") SearchRequest request,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        var searcher = searchers.of(authentication, LocaleContextHolder.getLocale());
        model.addAttribute("links", new SearchLinks(request));
        model.addAttribute("searchText", request.q() == null ? "" : request.q());
        model.addAttribute("agent", searcher.agent() || searcher.admin());
        var kinds = search.available(searcher);
        model.addAttribute("kinds", kinds);
        // Each contributor names its own label key; the page never builds one from the kind.
        model.addAttribute(
                "kindLabels",
                kinds.stream().collect(Collectors.toMap(SearchContributor::kind, SearchContributor::labelKey)));
        if (request.q() == null || request.q().isBlank()) {
            model.addAttribute("prompt", true);
            return "search/results";
        }
        try {
            var results = search.search(request.toQuery(time.zone()), searcher);
            model.addAttribute("results", results);
            model.addAttribute("page", request.pageNumber());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            response.setStatus(422);
            // Say what is wrong with the input (too long, and the limit), not only that something is.
            var field = e.fieldProblems().stream().findFirst();
            model.addAttribute("errorKey", field.map(f -> f.messageKey()).orElse(e.messageKey()));
            model.addAttribute(
                    "errorArgs", List.of(field.map(f -> f.arguments()).orElse(e.arguments())));
        }
        return "search/results";
    }
}
