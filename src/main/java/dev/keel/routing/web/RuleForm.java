package dev.keel.routing.web;

import dev.keel.routing.SaveRoutingRule;
import dev.keel.routing.domain.RoutingRuleView;
import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rule form as typed: every field is text, so that "abc" in a number field becomes a message next
 * to that field instead of a binding failure.
 */
record RuleForm(
        @Nullable String name,
        @Nullable String categoryId,
        @Nullable String organisationId,
        @Nullable String channel,
        @Nullable String keywords,
        @Nullable String targetGroupId,
        @Nullable String active,
        @Nullable String version) {

    static RuleForm empty() {
        return new RuleForm(null, null, null, null, null, null, "true", "0");
    }

    static RuleForm of(RoutingRuleView r) {
        return new RuleForm(
                r.name(),
                r.categoryId() == null ? null : r.categoryId().toString(),
                r.organisationId() == null ? null : r.organisationId().toString(),
                r.channel() == null ? null : r.channel().name(),
                r.keywords(),
                Long.toString(r.targetGroupId()),
                Boolean.toString(r.active()),
                Long.toString(r.version()));
    }

    SaveRoutingRule command() {
        return new SaveRoutingRule(
                name,
                id("categoryId", categoryId),
                id("organisationId", organisationId),
                parsedChannel(),
                keywords,
                id("targetGroupId", targetGroupId),
                isActive());
    }

    /** A checked box sends "true" (or "on" from plain HTML); an unchecked one sends nothing. */
    public boolean isActive() {
        return active != null && (active.equalsIgnoreCase("true") || active.equalsIgnoreCase("on"));
    }

    @Nullable
    Long expectedVersion() {
        return id("version", version);
    }

    private @Nullable Channel parsedChannel() {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("channel", "routing.validation.channel");
        }
    }

    static @Nullable Long id(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid(field, "routing.validation.number");
        }
    }
}
