package dev.keel.audit.events;

import dev.keel.audit.domain.AuditRecorder;
import dev.keel.shared.AuditableEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every auditable event after its transaction committed. The event publication registry keeps
 * the event until this listener succeeded, so a crash in between loses nothing.
 */
@Component
class AuditableEventListener {

    private final AuditRecorder recorder;

    AuditableEventListener(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        recorder.append(event);
    }
}
