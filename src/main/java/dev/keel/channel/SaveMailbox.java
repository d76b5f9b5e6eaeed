package dev.keel.channel;

import org.jspecify.annotations.Nullable;

/**
 * Command: create or change a mailbox. A null or blank password leaves the stored one unchanged (it is
 * required when creating). {@code expectedVersion} guards against lost updates when changing.
 */
public record SaveMailbox(
        @Nullable String name,
        @Nullable String address,
        @Nullable String imapHost,
        @Nullable Integer imapPort,
        boolean imapSsl,
        @Nullable String imapUser,
        @Nullable String imapPassword,
        @Nullable String folder,
        @Nullable Integer pollSeconds,
        @Nullable String smtpHost,
        @Nullable Integer smtpPort,
        boolean smtpSsl,
        @Nullable String smtpUser,
        @Nullable String smtpPassword,
        @Nullable Long defaultGroupId,
        @Nullable Long defaultCategoryId,
        @Nullable Long defaultOrganisationId,
        @Nullable UnknownSenders unknownSenders,
        boolean enabled,
        @Nullable Long expectedVersion) {}
