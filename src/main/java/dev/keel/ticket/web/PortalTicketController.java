package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketSubmissions;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.TicketWork;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ticket as its requester sees it: the public conversation, status history and attachments, a
 * reply form (htmx swaps the conversation in place; without JavaScript it is a plain form), and
 * accept / reject / rate / reopen. A ticket the viewer may not see is a 404.
 */
@Controller
@RequestMapping("/portal/tickets/{id}")
class PortalTicketController {

    private final TicketWork work;
    private final TicketViewers viewers;
    private final TicketAttachments attachments;
    private final TicketSubmissions submissions;
    private final PortalTicketPage page;
    private final SignedInUsers signedIn;

    PortalTicketController(
            TicketWork work,
            TicketViewers viewers,
            TicketAttachments attachments,
            TicketSubmissions submissions,
            PortalTicketPage page,
            SignedInUsers signedIn) {
        this.work = work;
        this.viewers = viewers;
        this.attachments = attachments;
        this.submissions = submissions;
        this.page = page;
        this.signedIn = signedIn;
    }

    record ReplyForm(@Nullable String body) {}

    record RejectForm(@Nullable String reason) {}

    record RateForm(@Nullable Integer stars, @Nullable String comment) {}

    record ReopenForm(@Nullable String reason) {}

    @GetMapping
    String show(@PathVariable long id, Authentication authentication, Model model) {
        return page.render(id, viewer(authentication), model);
    }

    @PostMapping("/replies")
    String reply(
            @PathVariable long id,
            @ModelAttribute("reply") ReplyForm form,
            BindingResult result,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TicketViewer viewer = viewer(authentication);
        try {
            submissions.reply(id, viewer, form.body() == null ? "" : form.body(), Uploads.of(files));
            if (htmx == null) {
                redirect.addFlashAttribute("notice", "portal.replied");
                return "redirect:/portal/tickets/" + id + "#conversation-panel";
            }
            // a fresh, empty form: the posted text must not come back into the textarea
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "reply");
            model.addAttribute("reply", new ReplyForm(null));
            model.addAttribute("notice", "portal.replied");
        } catch (DomainException e) {
            failed(e, result, model, response, htmx == null);
        }
        if (htmx != null) {
            return page.conversation(id, viewer, model);
        }
        return page.render(id, viewer, model);
    }

    @PostMapping("/accept")
    String accept(
            @PathVariable long id,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TicketViewer viewer = viewer(authentication);
        try {
            work.accept(id, viewer);
        } catch (DomainException e) {
            refused(e, model, response);
            return page.render(id, viewer, model);
        }
        redirect.addFlashAttribute("notice", "portal.accepted");
        return "redirect:/portal/tickets/" + id;
    }

    @PostMapping("/reject")
    String reject(
            @PathVariable long id,
            @ModelAttribute("rejection") RejectForm form,
            BindingResult result,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TicketViewer viewer = viewer(authentication);
        try {
            work.reject(id, viewer, form.reason());
        } catch (DomainException e) {
            failed(e, result, model, response, true);
            return page.render(id, viewer, model);
        }
        redirect.addFlashAttribute("notice", "portal.rejected");
        return "redirect:/portal/tickets/" + id;
    }

    @PostMapping("/rating")
    String rate(
            @PathVariable long id,
            @ModelAttribute("rating") @Nullable RateForm posted,
            BindingResult bound,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TicketViewer viewer = viewer(authentication);
        RateForm form = posted == null ? new RateForm(null, null) : posted;
        BindingResult result = Forms.usable(bound, form, "rating", model);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.render(id, viewer, model);
        }
        try {
            work.rate(id, viewer, form.stars() == null ? 0 : form.stars(), form.comment());
        } catch (DomainException e) {
            failed(Forms.renamed(e, "rating", "stars"), result, model, response, true);
            return page.render(id, viewer, model);
        }
        redirect.addFlashAttribute("notice", "portal.rated");
        return "redirect:/portal/tickets/" + id;
    }

    @PostMapping("/reopen")
    String reopen(
            @PathVariable long id,
            @ModelAttribute("reopening") ReopenForm form,
            BindingResult result,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TicketViewer viewer = viewer(authentication);
        try {
            work.reopen(id, viewer, form.reason());
        } catch (DomainException e) {
            failed(e, result, model, response, true);
            return page.render(id, viewer, model);
        }
        redirect.addFlashAttribute("notice", "portal.reopened");
        return "redirect:/portal/tickets/" + id;
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @PathVariable long attachmentId, Authentication authentication) {
        TicketAttachments.Download download = attachments.open(id, attachmentId, viewer(authentication));
        var attachment = download.attachment();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.sizeBytes())
                .body(new InputStreamResource(download.content()));
    }

    private TicketViewer viewer(Authentication authentication) {
        return viewers.of(signedIn.idOf(authentication));
    }

    /**
     * Field problems go next to the field; a refused transition is shown at the top of the page. A
     * ticket that is not there (or not visible) stays a 404 page. htmx only swaps 2xx responses, so a
     * fragment keeps its 200.
     */
    private static void failed(
            DomainException e, BindingResult result, Model model, HttpServletResponse response, boolean fullPage) {
        if (e.fieldProblems().isEmpty()) {
            refused(e, model, fullPage ? response : null);
            return;
        }
        Uploads.apply(e, result, model);
        if (fullPage) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }

    private static void refused(DomainException e, Model model, @Nullable HttpServletResponse response) {
        if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
            throw e;
        }
        model.addAttribute("refusal", e);
        if (response != null) {
            response.setStatus(
                    e.kind() == DomainException.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }
}
