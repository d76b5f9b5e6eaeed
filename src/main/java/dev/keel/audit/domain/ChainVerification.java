package dev.keel.audit.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the whole chain: how many entries were checked and, if the chain is
 * broken, the first entry whose hash or link does not match.
 */
public record ChainVerification(
        long checked,
        @Nullable Long firstBrokenSeq,
        @Nullable String reason,
        Instant verifiedAt) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
