package dev.keel.ticket;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What intake channels (e-mail) do on behalf of a ticket's participants: replies by the requester or a
 * watcher, watchers, files that arrived with a message. Like {@link TicketManagement}, these calls are
 * not checked against a viewer; the caller has matched the sender to the ticket.
 */
public interface TicketParticipation {

    /**
     * Adds a public reply by the requester or a watcher; a reply by the requester to a ticket pending on
     * the requester resumes it. The first response time is not touched.
     */
    EntryView participantReply(long ticketId, long authorId, String body);

    /** Adds {@code userId} as a watcher (nothing happens when they already watch). */
    void addWatcher(long ticketId, long userId);

    List<Long> watchers(long ticketId);

    /**
     * Attaches a file to the ticket (and to {@code entryId} when given) by the attachment rules of the
     * ticket module. A file the rules refuse is not stored and the refusal is returned (message key and
     * arguments) instead of thrown, so that the caller's transaction goes on.
     */
    Optional<Refusal> attach(
            long ticketId,
            @Nullable Long entryId,
            String fileName,
            @Nullable String contentType,
            byte[] content,
            long actorId);

    /** The files that came with one conversation entry (for the e-mail that tells the requester). */
    List<AttachmentView> entryAttachments(long entryId);

    /** The bytes of an attachment; the caller closes the stream. */
    InputStream openAttachment(long attachmentId);

    /** True when this user may see the ticket (same rules as the portal and workspace). */
    boolean visibleTo(long ticketId, long userId);

    /** Adds a system note (no author) to the conversation, e.g. about a bounced notification. */
    EntryView systemNote(long ticketId, String body);

    /** Why a file was not attached: a message key of the ticket bundle and its arguments. */
    record Refusal(String messageKey, List<Object> arguments) {}
}
