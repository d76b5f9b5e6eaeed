package dev.keel.channel.domain;

import org.jspecify.annotations.Nullable;

/**
 * The result of "test connection": whether IMAP (and SMTP, when configured) answered, with the number
 * of messages in the folder or the server's error text (never the password), and for a failure the
 * kind of problem in plain words ({@link ConnectionProblem}) that the page shows before that text.
 */
public record ConnectionCheck(
        boolean imapOk,
        String imapDetail,
        @Nullable Boolean smtpOk,
        @Nullable String smtpDetail,
        @Nullable ConnectionProblem imapProblem,
        @Nullable ConnectionProblem smtpProblem) {

    public boolean ok() {
        return imapOk && (smtpOk == null || smtpOk);
    }
}
