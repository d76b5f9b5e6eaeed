package dev.keel.web.shell;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The root sends each user to their landing page: workspace, portal or console, by role and support
 * group membership (see {@link Navigation#landingFor}). The portal
 * and the workspace themselves are served by the ticket module.
 */
@Controller
class HomeController {

    private final Navigation navigation;

    HomeController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return "redirect:" + navigation.landingFor(authentication).orElse("/profile");
    }
}
