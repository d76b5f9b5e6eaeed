package dev.keel.notification;

import java.util.List;
import java.util.Optional;

/**
 * What notification mails need from the channel that received a ticket's mail (implemented by the
 * e-mail channel, optional): the sender address of the mailbox, the Message-IDs the thread started
 * with, and the addresses that bounce.
 */
public interface MailThreads {

    /** Keel's loop header, on everything Keel sends; a received mail carrying it is never processed. */
    String LOOP_HEADER = "X-Keel-Loop";

    /** The address mails about this ticket are sent from, when it came in through a mailbox. */
    Optional<String> senderAddress(long ticketId);

    /** Message-IDs (without angle brackets) of mails received for this ticket, oldest first. */
    List<String> receivedMessageIds(long ticketId);

    /** True when mail to this address bounced: it is not sent to again. */
    boolean suppressed(String address);
}
