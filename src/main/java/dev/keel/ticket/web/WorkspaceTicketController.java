package dev.keel.ticket.web;

import dev.keel.ticket.Impact;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.PriorityMatrix;
import dev.keel.ticket.domain.TicketAttachments;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agent's view of one ticket, and the small fragments its page asks for: the current version (to
 * notice someone else's change), a group's members, the priority an impact and urgency give.
 */
@Controller
class WorkspaceTicketController {

    private final TicketPage page;
    private final SignedInAgent agents;
    private final ReferenceData reference;
    private final TicketAttachments attachments;
    private final PriorityMatrix matrix;

    WorkspaceTicketController(
            TicketPage page,
            SignedInAgent agents,
            ReferenceData reference,
            TicketAttachments attachments,
            PriorityMatrix matrix) {
        this.page = page;
        this.agents = agents;
        this.reference = reference;
        this.attachments = attachments;
        this.matrix = matrix;
    }

    @GetMapping("/workspace/tickets/{id}")
    String ticket(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
        return page.fill(model, id, agents.viewer(authentication), locale);
    }

    /** Polled by the page: a banner when the ticket's version is no longer the one shown. */
    @GetMapping("/workspace/tickets/{id}/version")
    String version(@PathVariable long id, @RequestParam long seen, Authentication authentication, Model model) {
        TicketViewer viewer = agents.viewer(authentication);
        model.addAttribute("current", page.workable(id, viewer).version());
        model.addAttribute("seen", seen);
        model.addAttribute("ticketId", id);
        return "ticket/workspace/fragments/version :: banner";
    }

    @GetMapping("/workspace/fragments/members")
    String members(
            @RequestParam(required = false) @Nullable Long groupId,
            @RequestParam(required = false) @Nullable Long selected,
            Locale locale,
            Model model) {
        model.addAttribute("members", page.members(groupId));
        model.addAttribute("selected", selected);
        model.addAttribute("names", reference.names(locale));
        return "ticket/workspace/fragments/members :: options";
    }

    @GetMapping("/workspace/fragments/priority")
    String priority(
            @RequestParam(required = false) @Nullable Impact impact,
            @RequestParam(required = false) @Nullable Urgency urgency,
            Model model) {
        model.addAttribute("priority", impact == null || urgency == null ? null : matrix.priorityOf(impact, urgency));
        return "ticket/workspace/fragments/priority :: priority";
    }

    @GetMapping("/workspace/tickets/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(
            @PathVariable long id, @PathVariable long attachmentId, Authentication authentication) {
        TicketViewer viewer = agents.viewer(authentication);
        page.workable(id, viewer);
        var download = attachments.open(id, attachmentId, viewer);
        MediaType type;
        try {
            type = MediaType.parseMediaType(download.attachment().contentType());
        } catch (IllegalArgumentException unknown) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentLength(download.attachment().sizeBytes())
                .body(new InputStreamResource(download.content()));
    }
}
