package dev.keel.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.cmdb.CiStatus;
import org.junit.jupiter.api.Test;

class CiLifecycleTests {

    @Test
    void followsPlannedInUseMaintenanceRetiredDisposed() {
        assertThat(CiLifecycle.allows(CiStatus.PLANNED, CiStatus.IN_USE)).isTrue();
        assertThat(CiLifecycle.allows(CiStatus.IN_USE, CiStatus.MAINTENANCE)).isTrue();
        assertThat(CiLifecycle.allows(CiStatus.MAINTENANCE, CiStatus.IN_USE)).isTrue();
        assertThat(CiLifecycle.allows(CiStatus.MAINTENANCE, CiStatus.RETIRED)).isTrue();
        assertThat(CiLifecycle.allows(CiStatus.RETIRED, CiStatus.DISPOSED)).isTrue();
    }

    @Test
    void refusesShortcutsAndAnythingAfterDisposal() {
        assertThat(CiLifecycle.allows(CiStatus.PLANNED, CiStatus.DISPOSED)).isFalse();
        assertThat(CiLifecycle.allows(CiStatus.IN_USE, CiStatus.DISPOSED)).isFalse();
        assertThat(CiLifecycle.allows(CiStatus.PLANNED, CiStatus.MAINTENANCE)).isFalse();
        assertThat(CiLifecycle.next(CiStatus.DISPOSED)).isEmpty();
    }
}
