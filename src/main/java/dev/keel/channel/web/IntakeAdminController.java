package dev.keel.channel.web;

import dev.keel.channel.domain.IntakeAccounting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The intake status in the console: per mailbox, what became of every message received. */
@Controller
@RequestMapping("/admin/channel/intake")
@PreAuthorize("hasAuthority('admin:config')")
class IntakeAdminController {

    private final IntakeAccounting accounting;

    IntakeAdminController(IntakeAccounting accounting) {
        this.accounting = accounting;
    }

    @GetMapping
    String status(Model model) {
        model.addAttribute("counts", accounting.all());
        return "channel/intake";
    }
}
