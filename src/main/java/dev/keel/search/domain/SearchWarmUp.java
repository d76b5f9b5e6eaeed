package dev.keel.search.domain;

import dev.keel.search.SearchQuery;
import dev.keel.search.Searcher;
import dev.keel.shared.WarmUp;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Runs a Chinese and an English search as an administrator who is nobody (user id 0) and throws the
 * results away, so that the first search after a start finds the analysers' dictionaries loaded and the
 * index readers open.
 */
@Component
class SearchWarmUp implements WarmUp {

    private final UnifiedSearch search;

    SearchWarmUp(UnifiedSearch search) {
        this.search = search;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void warmUp() {
        Searcher nobody = new Searcher(
                0, true, true, Set.of(), true, null, null, false, Set.of("workspace:use"), Locale.SIMPLIFIED_CHINESE);
        for (String text : new String[] {"打印机无法打印", "printer vpn"}) {
            search.search(new SearchQuery(text, Set.of(), Map.of(), null, null, 0, 10), nobody);
        }
    }
}
