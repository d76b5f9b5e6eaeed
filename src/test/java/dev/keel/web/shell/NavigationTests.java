package dev.keel.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.web.NavigationItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTests {

    private final List<NavigationItem> items = List.of(
            new NavigationItem("nav.workspace", "/workspace", "workspace:use", 10),
            new NavigationItem("nav.knowledge.workspace", "/workspace/kb", "workspace:use", 12),
            new NavigationItem("nav.users", "/admin/users", "admin:users", 30));

    @Test
    void theLongestMatchingEntryIsActiveAlone() {
        assertThat(Navigation.active(items, "/workspace/kb")).contains("/workspace/kb");
        assertThat(Navigation.active(items, "/workspace/kb/12?edit=1")).contains("/workspace/kb");
        assertThat(Navigation.active(items, "/workspace/tickets/3")).contains("/workspace");
        assertThat(Navigation.active(items, "/workspace?queue=MINE")).contains("/workspace");
    }

    @Test
    void aPathThatOnlySharesLettersIsNotMatched() {
        assertThat(Navigation.active(items, "/workspacex")).isEmpty();
        assertThat(Navigation.active(items, "/admin/users-archive")).isEmpty();
        assertThat(Navigation.active(items, "/profile")).isEmpty();
    }
}
