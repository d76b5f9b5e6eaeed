package dev.keel.identity.web;

import dev.keel.identity.OrganisationKind;
import dev.keel.identity.domain.Organisations;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for customer and provider organisations. */
@Controller
@RequestMapping("/admin/organisations")
class AdminOrganisationController {

    private final Organisations organisations;

    AdminOrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    record OrganisationForm(
            @Nullable String code,
            @Nullable String name,
            @Nullable OrganisationKind kind,
            boolean active,
            @Nullable Long version) {}

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrganisationForm(null, null, OrganisationKind.CUSTOMER, true, 0L));
        }
        model.addAttribute("page", organisations.page(PageRequest.of(cursor, 50)));
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/admin/organisations";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            organisations.create(
                    nz(form.code()),
                    nz(form.name()),
                    form.kind() == null ? OrganisationKind.CUSTOMER : form.kind(),
                    actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return list(null, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/organisations";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var organisation = organisations.find(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new OrganisationForm(
                            organisation.code(),
                            organisation.name(),
                            organisation.kind(),
                            organisation.active(),
                            organisation.version()));
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/admin/organisation-edit";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            organisations.update(
                    id,
                    nz(form.name()),
                    form.kind() == null ? OrganisationKind.CUSTOMER : form.kind(),
                    form.active(),
                    form.version() == null ? -1L : form.version(),
                    actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            model.addAttribute("organisation", organisations.find(id));
            model.addAttribute("kinds", OrganisationKind.values());
            return "identity/admin/organisation-edit";
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/organisations/" + id;
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
