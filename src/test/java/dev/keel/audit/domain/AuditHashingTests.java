package dev.keel.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashingTests {

    private static final Instant AT = Instant.parse("2026-11-24T08:00:00.123456Z");

    @Test
    void hashIsHexSha256AndDeterministic() {
        String a = AuditHashing.hash(
                AuditHashing.GENESIS, 1, AT, "admin", "role.granted", "user:li.na", "role=AGENT", null);
        String b = AuditHashing.hash(
                AuditHashing.GENESIS, 1, AT, "admin", "role.granted", "user:li.na", "role=AGENT", null);

        assertThat(a).hasSize(64).matches("[0-9a-f]+").isEqualTo(b);
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "admin", "a", "s", "d", "1.2.3.4");

        assertThat(AuditHashing.hash("1".repeat(64), 1, AT, "admin", "a", "s", "d", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 2, AT, "admin", "a", "s", "d", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT.plusNanos(1000), "admin", "a", "s", "d", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "admin2", "a", "s", "d", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "admin", "b", "s", "d", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "admin", "a", null, "d", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "admin", "a", "s", "e", "1.2.3.4"))
                .isNotEqualTo(base);
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "admin", "a", "s", "d", null))
                .isNotEqualTo(base);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        String one = AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "ad", "min|x", "s", "d", null);
        String two = AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "ad|min", "x", "s", "d", null);

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void emptyAndMissingSubjectDiffer() {
        assertThat(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "a", "b", "", "d", null))
                .isNotEqualTo(AuditHashing.hash(AuditHashing.GENESIS, 1, AT, "a", "b", null, "d", null));
    }
}
