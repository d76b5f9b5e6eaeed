package dev.keel.audit.web;

import dev.keel.audit.AuditLog;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.web.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console page to browse the audit log and verify its chain (auditors and administrators). */
@Controller
@RequestMapping("/admin/audit")
class AuditWebController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditWebController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String browse(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        String filter = action == null || action.isBlank() ? null : action.trim();
        model.addAttribute("page", auditLog.page(filter, PageRequest.of(cursor, PAGE_SIZE)));
        model.addAttribute("action", filter == null ? "" : filter);
        return "audit/log";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", auditLog.verify());
        return "audit/fragments/verification";
    }

    @Configuration(proxyBeanMethods = false)
    static class AuditNavigation {

        @Bean
        NavigationItem auditNavigation() {
            return new NavigationItem("nav.audit", "/admin/audit", "audit:read", 40);
        }
    }
}
