package dev.keel.sla.web;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.sla.ClockKind;
import dev.keel.sla.PolicyView;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.EscalationAction;
import dev.keel.sla.domain.Policies;
import dev.keel.sla.domain.TargetUnit;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketType;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for SLA policies: the ordered list, and a form with conditions, targets and thresholds. */
@Controller
@RequestMapping("/admin/sla/policies")
@PreAuthorize("hasAuthority('admin:config')")
class PolicyAdminController {

    private final Policies policies;
    private final Calendars calendars;
    private final UserDirectory directory;
    private final TicketManagement tickets;

    PolicyAdminController(Policies policies, Calendars calendars, UserDirectory directory, TicketManagement tickets) {
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
        this.tickets = tickets;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("policies", policies.list());
        model.addAttribute("calendarNames", calendarNames());
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("categoriesById", categoriesById());
        return "sla/policies";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", PolicyForm.empty());
        return formPage(null, PolicyForm.cells(List.of()), PolicyForm.rows(List.of(), Map.of()), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PolicyView policy = policies.find(id);
        Map<Long, String> usernames = new HashMap<>();
        policy.thresholds().stream()
                .filter(t -> t.userId() != null)
                .forEach(t -> directory.findUser(t.userId()).ifPresent(u -> usernames.put(u.id(), u.username())));
        model.addAttribute("form", PolicyForm.of(policy));
        return formPage(id, PolicyForm.cells(policy.targets()), PolicyForm.rows(policy.thresholds(), usernames), model);
    }

    @PostMapping({"", "/{id}"})
    String save(
            Actor actor,
            @PathVariable(required = false) @Nullable Long id,
            @ModelAttribute("form") PolicyForm form,
            BindingResult result,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var cells = PolicyForm.cells(params);
        var rows = PolicyForm.rows(params);
        if (!result.hasErrors()) {
            try {
                var command = form.command(
                        cells,
                        rows,
                        name -> directory.findUser(name).map(UserSummary::id).orElse(null));
                if (id == null) {
                    policies.create(command, actor);
                } else {
                    policies.update(id, command, form.version(), actor);
                }
                redirect.addFlashAttribute("notice", "admin.saved");
                return "redirect:/admin/sla/policies";
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
        return formPage(id, cells, rows, model);
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        policies.delete(id, actor);
        redirect.addFlashAttribute("notice", "sla.policy.deleted");
        return "redirect:/admin/sla/policies";
    }

    @PostMapping("/{id}/move")
    String move(Actor actor, @PathVariable long id, @RequestParam String direction) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw DomainException.invalid("direction", "sla.validation.direction");
        }
        policies.move(id, direction.equals("up"), actor);
        return "redirect:/admin/sla/policies";
    }

    private String formPage(
            @Nullable Long id, Map<String, PolicyForm.Cell> cells, List<PolicyForm.Row> rows, Model model) {
        model.addAttribute("policyId", id);
        model.addAttribute("cells", cells);
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", ClockKind.values());
        model.addAttribute("priorityColumns", PolicyForm.PRIORITIES);
        model.addAttribute("units", TargetUnit.values());
        model.addAttribute("actions", EscalationAction.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("pauseChoices", Policies.pauseChoices());
        model.addAttribute("calendars", calendars.list());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("groups", directory.groups());
        model.addAttribute("categories", tickets.categories());
        return "sla/policy-edit";
    }

    private Map<Long, String> calendarNames() {
        Map<Long, String> names = new HashMap<>();
        calendars.list().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private Map<Long, CategoryView> categoriesById() {
        Map<Long, CategoryView> byId = new HashMap<>();
        tickets.categories().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private Map<Long, String> organisationNames() {
        Map<Long, String> names = new HashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
