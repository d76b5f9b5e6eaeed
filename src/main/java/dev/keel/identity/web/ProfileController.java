package dev.keel.identity.web;

import dev.keel.identity.ApiScope;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.web.FormErrors;
import dev.keel.web.i18n.KeelLocaleResolver;
import dev.keel.web.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own settings: language, time zone, password and personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final List<String> TIME_ZONES = List.of(
            "Asia/Shanghai",
            "Asia/Hong_Kong",
            "Asia/Taipei",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Asia/Kolkata",
            "Asia/Dubai",
            "Europe/London",
            "Europe/Berlin",
            "Europe/Moscow",
            "America/New_York",
            "America/Chicago",
            "America/Los_Angeles",
            "Australia/Sydney",
            "UTC");

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final KeelLocaleResolver localeResolver;

    ProfileController(UserAccounts accounts, ApiTokens tokens, KeelLocaleResolver localeResolver) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.localeResolver = localeResolver;
    }

    record PreferencesForm(
            @Nullable String language, @Nullable String timeZone) {}

    record PasswordForm(
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String confirmPassword) {}

    record TokenForm(
            @Nullable String name,
            @Nullable Set<ApiScope> scopes,
            @Nullable Integer validDays) {}

    @GetMapping
    String profile(Principal principal, Model model, HttpServletRequest request) {
        var view = accounts.loginView(principal.getName()).orElseThrow();
        if (!model.containsAttribute("preferencesForm")) {
            model.addAttribute(
                    "preferencesForm",
                    new PreferencesForm(localeResolver.resolveLocale(request).toLanguageTag(), view.timeZone()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm(null, null, null));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null, EnumSet.of(ApiScope.READ), 90));
        }
        model.addAttribute("user", accounts.find(principal.getName()).orElseThrow());
        model.addAttribute("timeZones", TIME_ZONES);
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("tokens", tokens.listFor(principal.getName()));
        return "identity/profile";
    }

    @PostMapping("/preferences")
    String savePreferences(
            @ModelAttribute PreferencesForm form,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Locale locale = Languages.parse(form.language()).orElse(Languages.ENGLISH);
        String zone = form.timeZone() == null || !ZoneId.getAvailableZoneIds().contains(form.timeZone())
                ? "Asia/Shanghai"
                : form.timeZone();
        accounts.savePreferences(principal.getName(), locale, zone);
        localeResolver.apply(request, response, locale, TimeZone.getTimeZone(zone));
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(
            @ModelAttribute PasswordForm passwordForm,
            BindingResult result,
            Principal principal,
            Actor actor,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String newPassword = passwordForm.newPassword() == null ? "" : passwordForm.newPassword();
        if (!newPassword.equals(passwordForm.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
            return profile(principal, model, request);
        }
        try {
            accounts.changeOwnPassword(
                    principal.getName(),
                    passwordForm.currentPassword() == null ? "" : passwordForm.currentPassword(),
                    newPassword,
                    actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return profile(principal, model, request);
        }
        redirect.addFlashAttribute("notice", "profile.passwordChanged");
        return "redirect:/profile";
    }

    @PostMapping("/tokens")
    String createToken(
            @ModelAttribute TokenForm tokenForm,
            BindingResult result,
            Principal principal,
            Actor actor,
            Model model,
            HttpServletRequest request) {
        try {
            var issued = tokens.issue(
                    principal.getName(),
                    tokenForm.name() == null ? "" : tokenForm.name(),
                    tokenForm.scopes() == null ? Set.of() : tokenForm.scopes(),
                    tokenForm.validDays(),
                    actor);
            model.addAttribute("issuedToken", issued);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
        }
        return profile(principal, model, request);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Principal principal, Actor actor, RedirectAttributes redirect) {
        tokens.revoke(principal.getName(), id, actor);
        redirect.addFlashAttribute("notice", "profile.tokenRevoked");
        return "redirect:/profile";
    }
}
