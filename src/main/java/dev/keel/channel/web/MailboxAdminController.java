package dev.keel.channel.web;

import dev.keel.channel.UnknownSenders;
import dev.keel.channel.domain.ConnectionCheck;
import dev.keel.channel.domain.MailIntake;
import dev.keel.channel.domain.MailboxView;
import dev.keel.channel.domain.Mailboxes;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for mailboxes: list, create, edit, test the connection, poll now. */
@Controller
@RequestMapping("/admin/channel/mailboxes")
@PreAuthorize("hasAuthority('admin:config')")
class MailboxAdminController {

    private final Mailboxes mailboxes;
    private final MailIntake intake;
    private final UserDirectory directory;

    MailboxAdminController(Mailboxes mailboxes, MailIntake intake, UserDirectory directory) {
        this.mailboxes = mailboxes;
        this.intake = intake;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mailboxes", mailboxes.list());
        return "channel/mailboxes";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", MailboxForm.empty());
        return editPage(null, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") MailboxForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        MailboxView created;
        try {
            created = mailboxes.create(form.command(), actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editPage(null, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/channel/mailboxes/" + created.id();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        MailboxView mailbox = mailboxes.find(id);
        model.addAttribute("form", MailboxForm.of(mailbox));
        return editPage(mailbox, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") MailboxForm form,
            BindingResult result,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        MailboxView mailbox = mailboxes.find(id);
        try {
            mailboxes.update(id, form.command(), actor);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.apply(e, result);
            return editPage(mailbox, model);
        }
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/admin/channel/mailboxes/" + id;
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable long id, Actor actor, Model model) {
        MailboxView mailbox = mailboxes.find(id);
        ConnectionCheck check = mailboxes.test(id, actor);
        model.addAttribute("check", check);
        model.addAttribute("form", MailboxForm.of(mailbox));
        return editPage(mailbox, model);
    }

    @PostMapping("/{id}/poll")
    String poll(@PathVariable long id, RedirectAttributes redirect) {
        MailIntake.PollResult result = intake.poll(id);
        redirect.addFlashAttribute("pollResult", result);
        return "redirect:/admin/channel/mailboxes/" + id;
    }

    private String editPage(@org.jspecify.annotations.Nullable MailboxView mailbox, Model model) {
        model.addAttribute("mailbox", mailbox);
        model.addAttribute("groups", directory.groups());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("unknownSenderOptions", UnknownSenders.values());
        return "channel/mailbox-edit";
    }
}
