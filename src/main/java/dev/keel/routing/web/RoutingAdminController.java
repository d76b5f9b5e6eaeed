package dev.keel.routing.web;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.routing.AssignmentStrategy;
import dev.keel.routing.domain.RoutingRules;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import dev.keel.ticket.TicketManagement;
import dev.keel.web.FormErrors;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** Console pages for routing rules (ordered, editable) and group assignment policies. */
@Controller
@RequestMapping("/admin/routing")
@PreAuthorize("hasAuthority('admin:config')")
class RoutingAdminController {

    private final RoutingRules rules;
    private final UserDirectory directory;
    private final TicketManagement tickets;

    RoutingAdminController(RoutingRules rules, UserDirectory directory, TicketManagement tickets) {
        this.rules = rules;
        this.directory = directory;
        this.tickets = tickets;
    }

    record PolicyForm(@Nullable String groupId, @Nullable String strategy) {}

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", RuleForm.empty());
        model.addAttribute("policyForm", new PolicyForm(null, AssignmentStrategy.NONE.name()));
        return listPage(model);
    }

    @PostMapping("/rules")
    String create(
            @ModelAttribute("form") RuleForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            rules.create(form.command(), actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            model.addAttribute("policyForm", new PolicyForm(null, AssignmentStrategy.NONE.name()));
            return listPage(model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/routing";
    }

    @GetMapping("/rules/{id}")
    String edit(@PathVariable long id, Model model) {
        var rule = rules.find(id);
        model.addAttribute("form", RuleForm.of(rule));
        return editPage(id, model);
    }

    @PostMapping("/rules/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") RuleForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            rules.update(id, form.command(), form.expectedVersion(), actor);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.apply(e, result);
            return editPage(id, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/routing";
    }

    @PostMapping("/rules/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        rules.delete(id, actor);
        redirect.addFlashAttribute("notice", "routing.deleted");
        return "redirect:/admin/routing";
    }

    @PostMapping("/rules/{id}/move")
    String move(@PathVariable long id, @RequestParam String direction, Actor actor) {
        if (!direction.equals("up") && !direction.equals("down")) {
            throw DomainException.invalid("direction", "routing.validation.direction");
        }
        rules.move(id, direction.equals("up"), actor);
        return "redirect:/admin/routing";
    }

    @PostMapping("/policies")
    String policy(
            @ModelAttribute("policyForm") PolicyForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            rules.setPolicy(RuleForm.id("groupId", form.groupId()), strategy(form.strategy()), actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            model.addAttribute("form", RuleForm.empty());
            return listPage(model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/routing";
    }

    private static @Nullable AssignmentStrategy strategy(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AssignmentStrategy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("strategy", "routing.validation.strategy");
        }
    }

    private String listPage(Model model) {
        model.addAttribute("rules", rules.list());
        model.addAttribute("policies", rules.policies());
        options(model);
        return "routing/rules";
    }

    private String editPage(long id, Model model) {
        model.addAttribute("rule", rules.find(id));
        options(model);
        return "routing/rule-edit";
    }

    private void options(Model model) {
        var groups = directory.groups();
        Map<Long, GroupSummary> byId = groups.stream().collect(Collectors.toMap(GroupSummary::id, Function.identity()));
        model.addAttribute("groups", groups);
        model.addAttribute("groupsById", byId);
        model.addAttribute("channels", Channel.values());
        var categories = tickets.categories();
        var organisations = directory.organisations();
        model.addAttribute("categories", categories);
        model.addAttribute("categoriesById", categories.stream().collect(Collectors.toMap(c -> c.id(), c -> c)));
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationsById", organisations.stream().collect(Collectors.toMap(o -> o.id(), o -> o)));
        model.addAttribute("strategies", AssignmentStrategy.values());
    }
}
