package dev.keel.identity.web;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.KeelPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "my groups" card of the workspace, loaded by htmx from this module. */
@Controller
class MyGroupsFragmentController {

    private final UserDirectory directory;

    MyGroupsFragmentController(UserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/identity/fragments/my-groups")
    String myGroups(@AuthenticationPrincipal KeelPrincipal principal, Model model) {
        model.addAttribute("groups", directory.groupsOf(principal.userId()));
        model.addAttribute("userId", principal.userId());
        return "identity/fragments/my-groups";
    }
}
