package dev.keel.identity.web;

import dev.keel.identity.RegisterUser;
import dev.keel.identity.Role;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.domain.Organisations;
import dev.keel.identity.domain.UpdateUser;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.web.FormErrors;
import java.util.EnumSet;
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

/** Console pages to list, create and edit users, grant and revoke roles, unlock and reset passwords. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private static final int PAGE_SIZE = 50;

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final UserDirectory directory;

    AdminUserController(UserAccounts accounts, Organisations organisations, UserDirectory directory) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.directory = directory;
    }

    record NewUserForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String email,
            @Nullable String password,
            @Nullable Long organisationId,
            @Nullable Set<Role> roles) {}

    record EditUserForm(
            @Nullable String displayName,
            @Nullable String email,
            @Nullable Long organisationId,
            boolean enabled,
            @Nullable Long version) {}

    record PasswordResetForm(@Nullable String password) {}

    /** Whether a requester may see every ticket of their organisation, not only their own. */
    record OrganisationVisibilityForm(boolean visible) {}

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        model.addAttribute("page", accounts.page(q, PageRequest.of(cursor, PAGE_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        return "identity/admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm(null, null, null, null, null, EnumSet.of(Role.REQUESTER)));
        return newUserPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewUserForm form, BindingResult result, Actor actor, Model model) {
        try {
            var user = accounts.register(
                    new RegisterUser(
                            nz(form.username()),
                            nz(form.displayName()),
                            nz(form.email()),
                            nz(form.password()),
                            form.organisationId(),
                            form.roles() == null ? Set.of() : form.roles(),
                            null),
                    actor);
            return "redirect:/admin/users/" + user.id();
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return newUserPage(model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var user = accounts.find(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new EditUserForm(
                            user.displayName(),
                            user.email(),
                            user.organisationId(),
                            user.enabled(),
                            accounts.versionOf(id)));
        }
        model.addAttribute("resetForm", new PasswordResetForm(null));
        return editPage(id, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") EditUserForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.update(
                    new UpdateUser(
                            id,
                            nz(form.displayName()),
                            nz(form.email()),
                            form.organisationId(),
                            form.enabled(),
                            form.version() == null ? -1L : form.version()),
                    actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            model.addAttribute("resetForm", new PasswordResetForm(null));
            return editPage(id, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/roles")
    String grant(@PathVariable long id, @RequestParam Role role, Actor actor, RedirectAttributes redirect) {
        accounts.grant(id, role, actor);
        redirect.addFlashAttribute("notice", "admin.roleGranted");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/roles/{role}/revoke")
    String revoke(@PathVariable long id, @PathVariable Role role, Actor actor, RedirectAttributes redirect) {
        accounts.revoke(id, role, actor);
        redirect.addFlashAttribute("notice", "admin.roleRevoked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        accounts.unlock(id, actor);
        redirect.addFlashAttribute("notice", "admin.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @ModelAttribute("resetForm") PasswordResetForm resetForm,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, nz(resetForm.password()), actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            var user = accounts.find(id);
            model.addAttribute(
                    "form",
                    new EditUserForm(
                            user.displayName(),
                            user.email(),
                            user.organisationId(),
                            user.enabled(),
                            accounts.versionOf(id)));
            return editPage(id, model);
        }
        redirect.addFlashAttribute("notice", "admin.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/organisation-visibility")
    String organisationVisibility(
            @PathVariable long id,
            @ModelAttribute("visibilityForm") OrganisationVisibilityForm visibilityForm,
            Actor actor,
            RedirectAttributes redirect) {
        accounts.setOrganisationVisibility(id, visibilityForm.visible(), actor);
        redirect.addFlashAttribute("notice", "admin.visibilitySaved");
        return "redirect:/admin/users/" + id;
    }

    private String newUserPage(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "organisations", organisations.page(PageRequest.first(200)).items());
        return "identity/admin/user-new";
    }

    private String editPage(long id, Model model) {
        var user = accounts.find(id);
        model.addAttribute("user", user);
        model.addAttribute("visibilityForm", new OrganisationVisibilityForm(user.organisationVisibility()));
        model.addAttribute("groups", directory.groupsOf(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "organisations", organisations.page(PageRequest.first(200)).items());
        return "identity/admin/user-edit";
    }

    private static String nz(@Nullable String value) {
        return value == null ? "" : value;
    }
}
