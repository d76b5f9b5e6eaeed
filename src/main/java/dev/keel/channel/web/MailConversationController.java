package dev.keel.channel.web;

import dev.keel.channel.domain.MailViews;
import dev.keel.channel.domain.ParsedMail;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Fragments the ticket pages load for entries that came in by e-mail: the folded quote and signature in
 * a {@code <details>} element, the sanitised HTML with inline images, and the original .eml — all for
 * people who may see the ticket; anything else is 404 (or an empty fragment for the page hooks).
 */
@Controller
@RequestMapping("/channel")
class MailConversationController {

    private final MailViews views;

    MailConversationController(MailViews views) {
        this.views = views;
    }

    @GetMapping("/entries/{entryId}/mail")
    String entry(@PathVariable long entryId, @AuthenticationPrincipal KeelPrincipal me, Model model) {
        model.addAttribute("mail", views.forEntry(entryId, me.userId()).orElse(null));
        return "channel/fragments/mail :: fold";
    }

    @GetMapping("/tickets/{ticketId}/mail")
    String ticket(@PathVariable long ticketId, @AuthenticationPrincipal KeelPrincipal me, Model model) {
        model.addAttribute("mail", views.forTicket(ticketId, me.userId()).orElse(null));
        return "channel/fragments/mail :: fold";
    }

    @GetMapping("/messages/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id, @AuthenticationPrincipal KeelPrincipal me) {
        byte[] raw = views.original(id, me.userId()).orElseThrow(() -> DomainException.notFound("message"));
        return QuarantineAdminController.eml(raw, "message-" + id + ".eml");
    }

    @GetMapping("/messages/{id}/inline/{contentId}")
    ResponseEntity<byte[]> inline(
            @PathVariable long id, @PathVariable String contentId, @AuthenticationPrincipal KeelPrincipal me) {
        ParsedMail.Part part = views.inline(id, contentId, me.userId()).orElse(null);
        if (part == null
                || !part.contentType().toLowerCase(Locale.ROOT).startsWith("image/")
                || part.contentType().toLowerCase(Locale.ROOT).contains("svg")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(part.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .body(part.content());
    }
}
