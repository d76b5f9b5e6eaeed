package dev.keel.sla;

import dev.keel.sla.domain.PlanView;
import java.time.Instant;
import java.util.List;

/** A ticket's SLA state: its clocks and their plan history, as of {@code asOf}. */
public record TicketSla(long ticketId, Instant asOf, List<ClockView> clocks, List<PlanView> plans) {}
