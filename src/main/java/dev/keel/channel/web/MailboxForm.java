package dev.keel.channel.web;

import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.channel.domain.MailboxView;
import dev.keel.shared.DomainException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The mailbox form as typed: every field is text, so that "abc" in a number field becomes a message next
 * to that field. Password fields are always empty when shown; left empty they keep the stored password.
 */
record MailboxForm(
        @Nullable String name,
        @Nullable String address,
        @Nullable String imapHost,
        @Nullable String imapPort,
        @Nullable String imapSsl,
        @Nullable String imapUser,
        @Nullable String imapPassword,
        @Nullable String folder,
        @Nullable String pollSeconds,
        @Nullable String smtpHost,
        @Nullable String smtpPort,
        @Nullable String smtpSsl,
        @Nullable String smtpUser,
        @Nullable String smtpPassword,
        @Nullable String defaultGroupId,
        @Nullable String defaultCategoryId,
        @Nullable String defaultOrganisationId,
        @Nullable String unknownSenders,
        @Nullable String enabled,
        @Nullable String version) {

    static MailboxForm empty() {
        return new MailboxForm(
                null,
                null,
                null,
                "993",
                "true",
                null,
                null,
                "INBOX",
                "60",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                UnknownSenders.CREATE.name(),
                "true",
                "0");
    }

    static MailboxForm of(MailboxView m) {
        return new MailboxForm(
                m.name(),
                m.address(),
                m.imapHost(),
                Integer.toString(m.imapPort()),
                Boolean.toString(m.imapSsl()),
                m.imapUser(),
                null,
                m.folder(),
                Integer.toString(m.pollSeconds()),
                m.smtpHost(),
                m.smtpPort() == null ? null : m.smtpPort().toString(),
                Boolean.toString(m.smtpSsl()),
                m.smtpUser(),
                null,
                text(m.defaultGroupId()),
                text(m.defaultCategoryId()),
                text(m.defaultOrganisationId()),
                m.unknownSenders().name(),
                Boolean.toString(m.enabled()),
                Long.toString(m.version()));
    }

    SaveMailbox command() {
        return new SaveMailbox(
                name,
                address,
                imapHost,
                integer("imapPort", imapPort),
                flag(imapSsl),
                imapUser,
                imapPassword,
                folder,
                integer("pollSeconds", pollSeconds),
                smtpHost,
                integer("smtpPort", smtpPort),
                flag(smtpSsl),
                smtpUser,
                smtpPassword,
                id("defaultGroupId", defaultGroupId),
                id("defaultCategoryId", defaultCategoryId),
                id("defaultOrganisationId", defaultOrganisationId),
                senders(unknownSenders),
                flag(enabled),
                version == null || version.isBlank() ? null : id("version", version));
    }

    private static @Nullable String text(@Nullable Long value) {
        return value == null ? null : value.toString();
    }

    private static boolean flag(@Nullable String value) {
        return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    private static @Nullable Integer integer(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "channel.validation.number");
        }
    }

    private static @Nullable Long id(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "channel.validation.number");
        }
    }

    private static @Nullable UnknownSenders senders(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UnknownSenders.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("unknownSenders", "channel.validation.unknownSenders");
        }
    }
}
