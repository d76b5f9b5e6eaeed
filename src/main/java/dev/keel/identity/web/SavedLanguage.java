package dev.keel.identity.web;

import dev.keel.identity.domain.UserAccounts;
import dev.keel.web.UserPreferenceStore;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Remembers the language a signed-in user switched to, keeping their time zone. */
@Component
class SavedLanguage implements UserPreferenceStore {

    private final UserAccounts accounts;

    SavedLanguage(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void saveLocale(String username, Locale locale) {
        accounts.loginView(username).ifPresent(view -> accounts.savePreferences(username, locale, view.timeZone()));
    }
}
