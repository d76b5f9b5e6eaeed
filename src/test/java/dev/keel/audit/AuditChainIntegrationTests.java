package dev.keel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import dev.keel.audit.domain.ChainVerification;
import dev.keel.identity.ApiScope;
import dev.keel.identity.OrganisationKind;
import dev.keel.identity.Role;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.identity.domain.Organisations;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset.PageRequest;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KeelIntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Test
    void configurationChangesAreChainedAndTheChainVerifies() {
        AuditEntry entry = recordOne();

        assertThat(entry.actor()).isEqualTo("auditor-test");
        assertThat(entry.remoteAddress()).isEqualTo("10.1.2.3");
        AuditEntry previous = auditLog.page(null, PageRequest.first(200)).items().stream()
                .filter(e -> e.seq() == entry.seq() - 1)
                .findFirst()
                .orElseThrow();
        assertThat(entry.prevHash()).isEqualTo(previous.hash());
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void anEditedRowBreaksTheChainAtThatEntry() {
        AuditEntry entry = recordOne();
        try {
            jdbc.update("UPDATE audit_entry SET details = ? WHERE seq = ?", "kind=PROVIDER", entry.seq());

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(entry.seq());
            assertThat(verification.reason()).isEqualTo("hash");
        } finally {
            jdbc.update("UPDATE audit_entry SET details = ? WHERE seq = ?", entry.details(), entry.seq());
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void aRecomputedHashStillBreaksTheLinkToTheNextEntry() {
        AuditEntry first = recordOne();
        AuditEntry second = recordOne();
        assertThat(second.seq()).isGreaterThan(first.seq());
        String forged = "f".repeat(64);
        try {
            jdbc.update("UPDATE audit_entry SET hash = ? WHERE seq = ?", forged, first.seq());

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(first.seq());
        } finally {
            jdbc.update("UPDATE audit_entry SET hash = ? WHERE seq = ?", first.hash(), first.seq());
        }
    }

    @Test
    void aDeletedEntryIsDetected() {
        AuditEntry entry = recordOne();
        recordOne();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", entry.seq());
        try {
            jdbc.update("DELETE FROM audit_entry WHERE seq = ?", entry.seq());

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(entry.seq());
            assertThat(verification.reason()).isEqualTo("missing");
        } finally {
            jdbc.update(
                    "INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, remote_address,"
                            + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"),
                    row.get("occurred_at"),
                    row.get("actor"),
                    row.get("action"),
                    row.get("subject"),
                    row.get("details"),
                    row.get("remote_address"),
                    row.get("prev_hash"),
                    row.get("hash"));
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void auditorsReadTheLogThroughTheApiAndPage() {
        recordOne();
        var auditor = TestAccounts.user(accounts, Role.AUDITOR);
        String token = TestAccounts.token(tokens, auditor, ApiScope.READ);

        assertThat(mvc.get().uri("/api/v1/audit/verification").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.firstBrokenSeq")
                .isNull();
        assertThat(mvc.get().uri("/admin/audit").with(TestAccounts.signedIn(auditor.username(), Role.AUDITOR)))
                .hasStatusOk()
                .bodyText()
                .contains("organisation.created");
        assertThat(mvc.get()
                        .uri("/admin/audit")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .with(TestAccounts.signedIn(auditor.username(), Role.AUDITOR)))
                .bodyText()
                .as("the action as a Chinese label beside its code")
                .contains("新建组织");
        assertThat(mvc.get()
                        .uri("/admin/audit")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .with(TestAccounts.signedIn(auditor.username(), Role.AUDITOR)))
                .bodyText()
                .contains("Organisation created");
        assertThat(mvc.post()
                        .uri("/admin/audit/verify")
                        .with(TestAccounts.signedIn(auditor.username(), Role.AUDITOR))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("verification-result");
    }

    /** Makes one auditable change and waits until the audit module recorded it. */
    private AuditEntry recordOne() {
        String code = "A" + Long.toString(System.nanoTime(), 36).toUpperCase();
        organisations.create(
                code, "Audit test " + code, OrganisationKind.CUSTOMER, new Actor("auditor-test", "10.1.2.3"));
        return Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> auditLog.page("organisation.created", PageRequest.first(50)).items().stream()
                                .filter(e -> ("organisation:" + code).equals(e.subject()))
                                .findFirst()
                                .orElse(null),
                        e -> e != null);
    }
}
