package dev.keel.search.web;

import dev.keel.search.domain.SearchRebuild;
import dev.keel.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page of the search index: rebuild it, and watch the progress bar (htmx polling). */
@Controller
@PreAuthorize("hasAuthority('admin:config')")
class SearchAdminController {

    private final SearchRebuild rebuild;

    SearchAdminController(SearchRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("status", rebuild.status());
        return "search/admin";
    }

    @GetMapping("/admin/search/progress")
    String progress(Model model) {
        model.addAttribute("status", rebuild.status());
        return "search/fragments/progress :: progress";
    }

    @PostMapping("/admin/search/rebuild")
    String start(
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        String messageKey = "search.admin.started";
        try {
            rebuild.start();
        } catch (DomainException e) {
            messageKey = e.messageKey();
        }
        if (htmx != null) {
            model.addAttribute("status", rebuild.status());
            model.addAttribute("messageKey", messageKey);
            return "search/fragments/progress :: progress";
        }
        redirect.addFlashAttribute("messageKey", messageKey);
        return "redirect:/admin/search";
    }
}
