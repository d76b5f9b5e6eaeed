package dev.keel.channel.domain;

import dev.keel.channel.UnknownSenders;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mailbox as the console and the API show it: never its passwords, only whether one is set. */
public record MailboxView(
        long id,
        String name,
        String address,
        String imapHost,
        int imapPort,
        boolean imapSsl,
        String imapUser,
        String folder,
        int pollSeconds,
        @Nullable String smtpHost,
        @Nullable Integer smtpPort,
        boolean smtpSsl,
        @Nullable String smtpUser,
        boolean smtpPasswordSet,
        @Nullable Long defaultGroupId,
        @Nullable Long defaultCategoryId,
        @Nullable Long defaultOrganisationId,
        UnknownSenders unknownSenders,
        boolean enabled,
        @Nullable Instant lastPolledAt,
        @Nullable String lastPollError,
        long version) {}
