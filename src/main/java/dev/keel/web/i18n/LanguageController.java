package dev.keel.web.i18n;

import dev.keel.web.UserPreferenceStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch in the header: applies at once and is remembered for the signed-in user. */
@Controller
class LanguageController {

    private final KeelLocaleResolver localeResolver;
    private final ObjectProvider<UserPreferenceStore> preferences;

    LanguageController(KeelLocaleResolver localeResolver, ObjectProvider<UserPreferenceStore> preferences) {
        this.localeResolver = localeResolver;
        this.preferences = preferences;
    }

    @PostMapping("/preferences/language")
    String switchLanguage(
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestParam(name = "back", required = false) @Nullable String back,
            @Nullable Principal principal,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = Languages.parse(lang).orElse(Languages.ENGLISH);
        localeResolver.apply(request, response, locale, null);
        if (principal != null) {
            preferences.ifAvailable(store -> store.saveLocale(principal.getName(), locale));
        }
        return "redirect:" + safeLocalPath(back);
    }

    /** Only same-site absolute paths, so that the switch cannot be used as an open redirect. */
    static String safeLocalPath(@Nullable String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        for (int i = 0; i < back.length(); i++) {
            if (Character.isISOControl(back.charAt(i))) {
                return "/";
            }
        }
        return back;
    }
}
