package dev.keel.identity.web;

import dev.keel.identity.GroupTier;
import dev.keel.identity.OrganisationKind;
import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.Organisations;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.web.FormErrors;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Console pages for support groups: tier, lead, members and scope (security flag, customers served). */
@Controller
@RequestMapping("/admin/groups")
class AdminGroupController {

    private final SupportGroups groups;
    private final UserDirectory directory;
    private final Organisations organisations;

    AdminGroupController(SupportGroups groups, UserDirectory directory, Organisations organisations) {
        this.groups = groups;
        this.directory = directory;
        this.organisations = organisations;
    }

    record GroupForm(
            @Nullable String code,
            @Nullable String name,
            @Nullable String description,
            @Nullable GroupTier tier,
            @Nullable String email,
            @Nullable Long leadId,
            @Nullable Long version) {}

    /** The scope card: whether the group is the security group, and the customers it serves (none = all). */
    record ScopeForm(boolean security, @Nullable Set<Long> servedOrganisationIds) {}

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        model.addAttribute("page", groups.page(PageRequest.of(cursor, 50)));
        model.addAttribute("form", new GroupForm(null, null, null, GroupTier.L1, null, null, 0L));
        model.addAttribute("tiers", GroupTier.values());
        return "identity/admin/groups";
    }

    @PostMapping
    String create(@ModelAttribute("form") GroupForm form, BindingResult result, Actor actor, Model model) {
        try {
            var group = groups.create(
                    nz(form.code()),
                    nz(form.name()),
                    form.description(),
                    form.tier() == null ? GroupTier.L1 : form.tier(),
                    form.email(),
                    actor);
            return "redirect:/admin/groups/" + group.id();
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            model.addAttribute("page", groups.page(PageRequest.first(50)));
            model.addAttribute("tiers", GroupTier.values());
            return "identity/admin/groups";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var group = groups.find(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new GroupForm(
                            group.code(),
                            group.name(),
                            group.description(),
                            group.tier(),
                            group.email(),
                            group.leadId(),
                            group.version()));
        }
        return editPage(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") GroupForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            groups.update(
                    id,
                    nz(form.name()),
                    form.description(),
                    form.tier() == null ? GroupTier.L1 : form.tier(),
                    form.email(),
                    form.leadId(),
                    form.version() == null ? -1L : form.version(),
                    actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editPage(id, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/groups/" + id;
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @RequestParam String username, Actor actor, RedirectAttributes redirect) {
        try {
            groups.addMember(id, username, actor);
            redirect.addFlashAttribute("notice", "admin.memberAdded");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", "validation.user");
        }
        return "redirect:/admin/groups/" + id;
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId, Actor actor, RedirectAttributes redirect) {
        groups.removeMember(id, userId, actor);
        redirect.addFlashAttribute("notice", "admin.memberRemoved");
        return "redirect:/admin/groups/" + id;
    }

    @PostMapping("/{id}/scope")
    String scope(@PathVariable long id, @ModelAttribute ScopeForm scopeForm, Actor actor, RedirectAttributes redirect) {
        Set<Long> served =
                scopeForm.servedOrganisationIds() == null ? Set.of() : Set.copyOf(scopeForm.servedOrganisationIds());
        try {
            groups.scope(id, scopeForm.security(), served, actor);
            redirect.addFlashAttribute("notice", "admin.scopeSaved");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            redirect.addFlashAttribute("problem", "validation.organisation");
        }
        return "redirect:/admin/groups/" + id;
    }

    private String editPage(long id, Model model) {
        var group = groups.find(id);
        model.addAttribute("group", group);
        model.addAttribute("scopeForm", new ScopeForm(group.security(), group.servedOrganisationIds()));
        List<OrganisationSummary> served = group.servedOrganisationIds().stream()
                .sorted()
                .map(organisations::find)
                .toList();
        model.addAttribute("served", served);
        model.addAttribute("customers", customerChoices(served));
        model.addAttribute("tiers", GroupTier.values());
        model.addAttribute(
                "members",
                group.memberIds().stream()
                        .map(directory::findUser)
                        .flatMap(java.util.Optional::stream)
                        .sorted(Comparator.comparing(u -> u.username()))
                        .toList());
        return "identity/admin/group-edit";
    }

    /**
     * Every customer organisation, plus any organisation the group already serves that is not among them
     * (so saving the form never drops an existing entry silently).
     */
    private List<OrganisationSummary> customerChoices(List<OrganisationSummary> served) {
        Map<Long, OrganisationSummary> choices = new LinkedHashMap<>();
        organisations.page(PageRequest.first(200)).items().stream()
                .filter(o -> o.kind() == OrganisationKind.CUSTOMER)
                .forEach(o -> choices.put(o.id(), o));
        served.forEach(o -> choices.putIfAbsent(o.id(), o));
        return choices.values().stream()
                .sorted(Comparator.comparingLong(OrganisationSummary::id))
                .toList();
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
