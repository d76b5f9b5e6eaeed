package dev.keel.ticket;

import java.util.List;

/**
 * The demo service desk has been recorded (demo data only, once, on the first start): other modules
 * add their part of the demo to its tickets, e.g. knowledge articles linked to the solved ones.
 *
 * @param worked the demo tickets an agent has worked on, oldest first
 */
public record DemoTicketsRecorded(List<WorkedTicket> worked) {

    /** A demo ticket an agent took, its category's code, the agent, and whether they solved it. */
    public record WorkedTicket(long ticketId, String categoryCode, long agentId, boolean solved) {}
}
