package dev.keel.audit.api;

import dev.keel.audit.AuditEntry;
import dev.keel.audit.AuditLog;
import dev.keel.audit.domain.ChainVerification;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('audit:read')")
@Tag(name = "Audit", description = "The tamper-evident audit log")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries, newest first, keyset-paginated; optionally one action only")
    Page<AuditEntry> entries(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return auditLog.page(action, PageRequest.of(cursor, limit));
    }

    @GetMapping("/verification")
    @Operation(summary = "Re-compute the whole hash chain and report the first broken entry, if any")
    ChainVerification verification() {
        return auditLog.verify();
    }
}
