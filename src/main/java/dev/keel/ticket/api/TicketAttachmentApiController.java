package dev.keel.ticket.api;

import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.domain.TicketAttachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/tickets/{ticket}/attachments")
@Tag(name = "Ticket attachments", description = "Files on tickets; internal ones are for agents only")
class TicketAttachmentApiController {

    private final TicketAttachments attachments;
    private final TicketCallers callers;

    TicketAttachmentApiController(TicketAttachments attachments, TicketCallers callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a file (multipart part `file`, optional `internal=true` for agents)",
            description = "422 for an empty file, a file over `keel.ticket.max-attachment-size` or a type outside"
                    + " `keel.ticket.allowed-attachment-types`; 413 when the upload exceeds the server's multipart"
                    + " limit. Nothing is stored when the file is refused.")
    ResponseEntity<AttachmentView> attach(
            @PathVariable String ticket,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean internal,
            @AuthenticationPrincipal KeelPrincipal me) {
        long id = callers.ticketId(ticket);
        AttachmentView attached;
        try (InputStream content = file.getInputStream()) {
            attached = attachments.attach(
                    id, callers.viewer(me), file.getOriginalFilename(), file.getContentType(), content, internal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/attachments/" + attached.id()))
                .body(attached);
    }

    @GetMapping
    @Operation(summary = "The ticket's files in upload order; requesters never see internal ones")
    List<AttachmentView> list(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        return attachments.list(callers.ticketId(ticket), callers.viewer(me));
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Download a file, always as an attachment (never rendered inline)")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String ticket, @PathVariable long attachmentId, @AuthenticationPrincipal KeelPrincipal me) {
        TicketAttachments.Download download =
                attachments.open(callers.ticketId(ticket), attachmentId, callers.viewer(me));
        AttachmentView file = download.attachment();
        return ResponseEntity.ok()
                .contentType(mediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content()));
    }

    private static MediaType mediaType(String value) {
        try {
            return MediaType.parseMediaType(value);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
