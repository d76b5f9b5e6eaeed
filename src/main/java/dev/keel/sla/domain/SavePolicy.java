package dev.keel.sla.domain;

import dev.keel.sla.PolicyTarget;
import dev.keel.sla.Threshold;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketType;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a client sends to create or change a policy; checked by the SLA module. */
public record SavePolicy(
        @Nullable String name,
        @Nullable Long organisationId,
        @Nullable TicketType type,
        @Nullable Priority priority,
        @Nullable Long categoryId,
        @Nullable Long calendarId,
        @Nullable Set<String> pauseOn,
        @Nullable List<PolicyTarget> targets,
        @Nullable List<Threshold> thresholds,
        boolean active) {}
