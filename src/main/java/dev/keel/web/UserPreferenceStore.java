package dev.keel.web;

import java.util.Locale;

/**
 * Remembers a signed-in user's language. Implemented by the module that owns users; the web shell
 * calls it when someone switches language.
 */
public interface UserPreferenceStore {

    void saveLocale(String username, Locale locale);
}
