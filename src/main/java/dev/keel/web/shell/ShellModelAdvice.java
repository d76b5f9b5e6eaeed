package dev.keel.web.shell;

import dev.keel.web.NavigationItem;
import dev.keel.web.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs into the model of every page: navigation, user, languages. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final Navigation navigation;

    ShellModelAdvice(Navigation navigation) {
        this.navigation = navigation;
    }

    /** The visible entries of each menu ({@code MAIN}, {@code PRACTICES}, {@code CONSOLE}), in order. */
    @ModelAttribute("menus")
    Map<String, List<NavigationItem>> menus() {
        Authentication authentication = signedIn();
        Map<String, List<NavigationItem>> menus = new LinkedHashMap<>();
        for (NavigationItem.Menu menu : NavigationItem.Menu.values()) {
            menus.put(menu.name(), new ArrayList<>());
        }
        if (authentication != null) {
            navigation
                    .visibleTo(authentication)
                    .forEach(item -> menus.get(item.menu().name()).add(item));
        }
        return menus;
    }

    /** The href of the navigation entry the current page belongs to (highlighted), or empty. */
    @ModelAttribute("activeNav")
    String activeNav(HttpServletRequest request) {
        Authentication authentication = signedIn();
        return authentication == null
                ? ""
                : Navigation.active(navigation.visibleTo(authentication), request.getRequestURI())
                        .orElse("");
    }

    @ModelAttribute("currentUserName")
    @Nullable
    String currentUserName() {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return null;
        }
        return Navigation.principal(authentication).map(p -> p.displayName()).orElse(authentication.getName());
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static @Nullable Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication;
    }
}
