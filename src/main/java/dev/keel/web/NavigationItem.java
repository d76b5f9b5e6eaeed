package dev.keel.web;

/**
 * An entry of the main navigation, contributed by a module as a bean. It is shown to users holding
 * {@code authority}; {@code order} sorts the menu, and the visible entry with the lowest order is
 * where a user lands after signing in.
 *
 * @param messageKey the label's message key
 * @param href the absolute path the entry links to
 * @param authority the authority a user needs to see it
 * @param order position in the menu; also the landing priority
 */
public record NavigationItem(String messageKey, String href, String authority, int order) {}
