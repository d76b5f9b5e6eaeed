package dev.keel.ticket.web;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.domain.CategoryChoices;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Display names of the users, groups, categories and organisations one page shows, each looked up
 * once per request however often the page mentions it. Made per request; not thread-safe.
 */
final class Names {

    private final UserDirectory directory;
    private final CategoryChoices categories;
    private final Locale locale;
    private final Map<Long, Optional<UserSummary>> users = new HashMap<>();
    private final Map<Long, Optional<GroupSummary>> groups = new HashMap<>();
    private final Map<Long, String> categoryNames = new HashMap<>();
    private @Nullable Map<Long, String> organisationNames;

    Names(UserDirectory directory, CategoryChoices categories, Locale locale) {
        this.directory = directory;
        this.categories = categories;
        this.locale = locale;
    }

    /** The user's display name, or "#id" for an unknown one, or "" for none. */
    public String user(@Nullable Long id) {
        if (id == null) {
            return "";
        }
        return findUser(id).map(UserSummary::displayName).orElse("#" + id);
    }

    public String username(@Nullable Long id) {
        if (id == null) {
            return "";
        }
        return findUser(id).map(UserSummary::username).orElse("");
    }

    public String group(@Nullable Long id) {
        if (id == null) {
            return "";
        }
        return findGroup(id).map(GroupSummary::name).orElse("#" + id);
    }

    public String category(@Nullable Long id) {
        if (id == null) {
            return "";
        }
        return categoryNames.computeIfAbsent(
                id, key -> categories.find(key, locale).map(c -> c.name()).orElse("#" + key));
    }

    public String organisation(@Nullable Long id) {
        if (id == null) {
            return "";
        }
        if (organisationNames == null) {
            Map<Long, String> names = new HashMap<>();
            directory.organisations().forEach(o -> names.put(o.id(), displayName(o)));
            organisationNames = names;
        }
        return organisationNames.getOrDefault(id, "#" + id);
    }

    /** The fields whose history values are codes, with the message-key prefix of their labels. */
    private static final Map<String, String> LABELLED_FIELDS = Map.of(
            "status", "ticket.status.",
            "resolutionCode", "workspace.resolution.",
            "pendingReason", "workspace.pending.",
            "type", "workspace.type.",
            "impact", "workspace.impact.",
            "urgency", "workspace.urgency.",
            "channel", "workspace.channel.");

    /**
     * The message key of a history value that is a code ({@code SOLVED} → {@code
     * workspace.resolution.SOLVED}), or null when the value is shown as a name or as it is.
     */
    public @Nullable String historyLabelKey(String field, @Nullable String value) {
        String prefix = LABELLED_FIELDS.get(field);
        return prefix == null || value == null || !value.matches("[A-Z_]+") ? null : prefix + value;
    }

    /** A history value: ids of groups, users, categories and organisations become names. */
    public String historyValue(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        try {
            return switch (field) {
                case "group" -> group(Long.valueOf(value));
                case "assignee" -> user(Long.valueOf(value));
                case "category" -> category(Long.valueOf(value));
                case "organisation" -> organisation(Long.valueOf(value));
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    Optional<UserSummary> findUser(long id) {
        return users.computeIfAbsent(id, directory::findUser);
    }

    Optional<GroupSummary> findGroup(long id) {
        return groups.computeIfAbsent(id, directory::findGroup);
    }

    private static String displayName(OrganisationSummary o) {
        return o.name();
    }
}
