package dev.keel.channel.web;

import dev.keel.channel.domain.MailIntake;
import dev.keel.channel.domain.Mailboxes;
import dev.keel.channel.domain.Quarantine;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quarantine in the console: keyset list with reasons, .eml download, retry, discard. */
@Controller
@RequestMapping("/admin/channel/quarantine")
@PreAuthorize("hasAuthority('admin:config')")
class QuarantineAdminController {

    private final Quarantine quarantine;
    private final Mailboxes mailboxes;
    private final MailIntake intake;

    QuarantineAdminController(Quarantine quarantine, Mailboxes mailboxes, MailIntake intake) {
        this.intake = intake;
        this.quarantine = quarantine;
        this.mailboxes = mailboxes;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        var page = quarantine.list(Keyset.PageRequest.of(cursor, 50));
        Map<Long, String> names = new HashMap<>();
        mailboxes.list().forEach(m -> names.put(m.id(), m.name()));
        model.addAttribute("page", page);
        model.addAttribute("mailboxNames", names);
        return "channel/quarantine";
    }

    @GetMapping("/{id}/eml")
    ResponseEntity<byte[]> download(@PathVariable long id, Actor actor) {
        return eml(quarantine.download(id, actor), "quarantine-" + id + ".eml");
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        String status = intake.retry(id, actor);
        redirect.addFlashAttribute(
                "notice",
                "QUARANTINED".equals(status) ? "channel.quarantine.stillQuarantined" : "channel.quarantine.retried");
        return "redirect:/admin/channel/quarantine";
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        quarantine.discard(id, actor);
        redirect.addFlashAttribute("notice", "channel.quarantine.discarded");
        return "redirect:/admin/channel/quarantine";
    }

    static ResponseEntity<byte[]> eml(byte[] raw, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(raw);
    }
}
