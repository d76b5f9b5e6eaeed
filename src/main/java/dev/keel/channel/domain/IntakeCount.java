package dev.keel.channel.domain;

/**
 * What became of every message one mailbox received: {@code received} is the sum of the other counts, so
 * that an operator sees nothing was dropped. Tickets are new tickets (also follow-ups to closed ones),
 * replies landed on a ticket, duplicates are the same mail delivered again, noise is auto-replies, read
 * receipts, bounces and Keel's own mail, pending waits for processing.
 */
public record IntakeCount(
        long mailboxId,
        String mailboxName,
        long received,
        long tickets,
        long replies,
        long duplicates,
        long noise,
        long quarantined,
        long discarded,
        long pending) {

    /** Whether the parts add up to what was received (they always should). */
    public boolean balanced() {
        return received == tickets + replies + duplicates + noise + quarantined + discarded + pending;
    }
}
