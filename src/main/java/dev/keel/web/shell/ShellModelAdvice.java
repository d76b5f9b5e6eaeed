package dev.keel.web.shell;

import dev.keel.web.NavigationItem;
import dev.keel.web.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
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

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Authentication authentication = signedIn();
        return authentication == null ? List.of() : navigation.visibleTo(authentication);
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
