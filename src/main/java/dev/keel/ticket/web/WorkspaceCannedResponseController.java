package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.ticket.domain.CannedResponses;
import dev.keel.ticket.domain.CannedResponses.CannedResponse;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console page where administrators keep the canned responses agents reply with. */
@Controller
@RequestMapping("/admin/canned-responses")
@PreAuthorize("hasAuthority('admin:config')")
class WorkspaceCannedResponseController {

    record CannedForm(
            @Nullable String title,
            @Nullable String body,
            @Nullable String language,
            @Nullable Long version) {}

    private final CannedResponses canned;

    WorkspaceCannedResponseController(CannedResponses canned) {
        this.canned = canned;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new CannedForm(null, null, "en", 0L));
        return page(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CannedForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            canned.create(form.title(), form.body(), form.language());
            redirect.addFlashAttribute("notice", "workspace.canned.saved");
            return "redirect:/admin/canned-responses";
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            response.setStatus(422);
            return page(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CannedResponse response = canned.find(id);
        model.addAttribute(
                "form", new CannedForm(response.title(), response.body(), response.language(), response.version()));
        model.addAttribute("response", response);
        model.addAttribute("cannedLanguages", CannedResponses.LANGUAGES);
        return "ticket/workspace/canned-response-edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CannedForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        CannedResponse current = canned.find(id);
        try {
            canned.update(id, form.title(), form.body(), form.language(), form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("notice", "workspace.canned.saved");
            return "redirect:/admin/canned-responses";
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
            model.addAttribute("response", current);
            model.addAttribute("cannedLanguages", CannedResponses.LANGUAGES);
            return "ticket/workspace/canned-response-edit";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        canned.delete(id);
        redirect.addFlashAttribute("notice", "workspace.canned.deleted");
        return "redirect:/admin/canned-responses";
    }

    private String page(Model model) {
        model.addAttribute("responses", canned.all());
        model.addAttribute("cannedLanguages", CannedResponses.LANGUAGES);
        return "ticket/workspace/canned-responses";
    }
}
