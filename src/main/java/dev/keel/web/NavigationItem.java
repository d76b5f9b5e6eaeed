package dev.keel.web;

/**
 * An entry of the main navigation, contributed by a module as a bean. It is shown to users holding
 * {@code authority}; {@code order} sorts the entries of a menu, and the visible entry with the lowest
 * order is where a user lands after signing in.
 *
 * <p>A module adds its entry in one place, its own {@code NavigationItem} bean, and chooses the menu:
 * {@link Menu#MAIN} for the few pages people work in all day, {@link Menu#PRACTICES} for a service
 * management practice (CMDB, problems, changes, catalogue, alerts, inspections, major incidents,
 * reports), {@link Menu#CONSOLE} for administration. The four-argument constructor puts entries under
 * {@code /admin/} in the console and the others in the main bar.
 *
 * @param messageKey the label's message key
 * @param href the absolute path the entry links to
 * @param authority the authority a user needs to see it
 * @param order position in its menu; also the landing priority
 * @param menu where the entry is shown
 */
public record NavigationItem(String messageKey, String href, String authority, int order, Menu menu) {

    /** Where an entry is shown: the bar itself, or one of its two drop-down menus. */
    public enum Menu {
        /** A top-level link of the bar. Keep these few: the bar must fit 1,366 px in Chinese and English. */
        MAIN,
        /** The "Service management" drop-down: one entry per practice module. */
        PRACTICES,
        /** The "Console" drop-down: configuration and administration. */
        CONSOLE
    }

    public NavigationItem(String messageKey, String href, String authority, int order) {
        this(messageKey, href, authority, order, href.startsWith("/admin/") ? Menu.CONSOLE : Menu.MAIN);
    }
}
