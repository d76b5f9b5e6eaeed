package dev.keel.identity.web;

import dev.keel.identity.GroupTier;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.web.FormErrors;
import java.util.Comparator;
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

/** Console pages for support groups: tier, lead and members. */
@Controller
@RequestMapping("/admin/groups")
class AdminGroupController {

    private final SupportGroups groups;
    private final UserDirectory directory;

    AdminGroupController(SupportGroups groups, UserDirectory directory) {
        this.groups = groups;
        this.directory = directory;
    }

    record GroupForm(
            @Nullable String code,
            @Nullable String name,
            @Nullable String description,
            @Nullable GroupTier tier,
            @Nullable String email,
            @Nullable Long leadId,
            long version) {}

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        model.addAttribute("page", groups.page(PageRequest.of(cursor, 50)));
        model.addAttribute("form", new GroupForm(null, null, null, GroupTier.L1, null, null, 0));
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
                    form.version(),
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

    private String editPage(long id, Model model) {
        var group = groups.find(id);
        model.addAttribute("group", group);
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

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
