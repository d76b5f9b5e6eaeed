package dev.keel.sla.web;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.Contracts;
import dev.keel.sla.domain.Policies;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for customers' contracts. */
@Controller
@RequestMapping("/admin/sla/contracts")
@PreAuthorize("hasAuthority('admin:config')")
class ContractAdminController {

    private final Contracts contracts;
    private final Policies policies;
    private final Calendars calendars;
    private final UserDirectory directory;

    ContractAdminController(Contracts contracts, Policies policies, Calendars calendars, UserDirectory directory) {
        this.contracts = contracts;
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long organisationId, Model model) {
        model.addAttribute("form", ContractForm.empty());
        return listPage(organisationId, model);
    }

    @PostMapping
    String create(
            Actor actor,
            @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contracts.create(form.command(), actor);
                redirect.addFlashAttribute("notice", "admin.saved");
                return "redirect:/admin/sla/contracts";
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(422);
        return listPage(null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ContractForm.of(contracts.find(id)));
        model.addAttribute("contractId", id);
        options(model);
        return "sla/contract-edit";
    }

    @PostMapping("/{id}")
    String update(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contracts.update(id, form.command(), form.version(), actor);
                redirect.addFlashAttribute("notice", "admin.saved");
                return "redirect:/admin/sla/contracts";
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                FormErrors.apply(e, result);
                response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
            }
        } else {
            response.setStatus(422);
        }
        model.addAttribute("contractId", id);
        options(model);
        return "sla/contract-edit";
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        contracts.delete(id, actor);
        redirect.addFlashAttribute("notice", "sla.contract.deleted");
        return "redirect:/admin/sla/contracts";
    }

    private String listPage(@Nullable Long organisationId, Model model) {
        model.addAttribute("contracts", contracts.list(organisationId));
        model.addAttribute("organisationId", organisationId);
        options(model);
        return "sla/contracts";
    }

    private void options(Model model) {
        Map<Long, String> organisationNames = new HashMap<>();
        directory.organisations().forEach(o -> organisationNames.put(o.id(), o.name()));
        Map<Long, String> policyNames = new HashMap<>();
        policies.list().forEach(p -> policyNames.put(p.id(), p.name()));
        Map<Long, String> calendarNames = new HashMap<>();
        calendars.list().forEach(c -> calendarNames.put(c.id(), c.name()));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("organisationNames", organisationNames);
        model.addAttribute("policies", policies.list());
        model.addAttribute("policyNames", policyNames);
        model.addAttribute("calendars", calendars.list());
        model.addAttribute("calendarNames", calendarNames);
    }
}
