package dev.keel.channel.api;

import dev.keel.channel.domain.ConnectionCheck;
import dev.keel.channel.domain.IntakeAccounting;
import dev.keel.channel.domain.IntakeCount;
import dev.keel.channel.domain.MailIntake;
import dev.keel.channel.domain.MailboxView;
import dev.keel.channel.domain.Mailboxes;
import dev.keel.channel.domain.Quarantine;
import dev.keel.channel.domain.QuarantinedMessage;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/channel")
@PreAuthorize("hasAuthority('admin:config')")
@Tag(name = "E-mail channel", description = "Mailboxes (without passwords) and the quarantine of received mail")
class ChannelApiController {

    private final Mailboxes mailboxes;
    private final Quarantine quarantine;
    private final MailIntake intake;
    private final IntakeAccounting accounting;

    ChannelApiController(Mailboxes mailboxes, Quarantine quarantine, MailIntake intake, IntakeAccounting accounting) {
        this.intake = intake;
        this.accounting = accounting;
        this.mailboxes = mailboxes;
        this.quarantine = quarantine;
    }

    record QuarantinePage(
            List<QuarantinedMessage> items, @Nullable String nextCursor) {}

    record RetryResult(long id, String status) {}

    @GetMapping("/mailboxes")
    @Operation(summary = "Every mailbox; passwords are never returned, only whether an SMTP one is set")
    List<MailboxView> mailboxes() {
        return mailboxes.list();
    }

    @GetMapping("/mailboxes/{id}")
    @Operation(summary = "One mailbox")
    MailboxView mailbox(@PathVariable long id) {
        return mailboxes.find(id);
    }

    @GetMapping("/intake")
    @Operation(
            summary = "What became of every message each mailbox received: tickets, replies, duplicates, noise,"
                    + " quarantined, discarded, pending (they add up to received)")
    List<IntakeCount> intake() {
        return accounting.all();
    }

    @GetMapping("/mailboxes/{id}/intake")
    @Operation(summary = "What became of every message one mailbox received")
    IntakeCount intake(@PathVariable long id) {
        return accounting.of(id);
    }

    @PostMapping("/mailboxes/{id}/test")
    @Operation(summary = "Test the IMAP (and SMTP) connection; the server's error text, never the password")
    ConnectionCheck test(@PathVariable long id, Actor actor) {
        return mailboxes.test(id, actor);
    }

    @GetMapping("/quarantine")
    @Operation(summary = "Quarantined messages, newest first, keyset-paginated (cursor, limit 1..200)")
    QuarantinePage quarantine(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var page = quarantine.list(Keyset.PageRequest.of(cursor, limit));
        return new QuarantinePage(page.items(), page.nextCursor());
    }

    @GetMapping(value = "/quarantine/{id}/eml")
    @Operation(summary = "The quarantined message as received (message/rfc822)")
    ResponseEntity<byte[]> download(@PathVariable long id, Actor actor) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("quarantine-" + id + ".eml")
                                .build()
                                .toString())
                .body(quarantine.download(id, actor));
    }

    @PostMapping("/quarantine/{id}/retry")
    @Operation(summary = "Process the message again; the answer tells its new status")
    RetryResult retry(@PathVariable long id, Actor actor) {
        return new RetryResult(id, intake.retry(id, actor));
    }

    @PostMapping("/quarantine/{id}/discard")
    @Operation(summary = "Remove the message from the quarantine list (its raw bytes stay in the store)")
    ResponseEntity<Void> discard(@PathVariable long id, Actor actor) {
        quarantine.discard(id, actor);
        return ResponseEntity.noContent().build();
    }
}
