package dev.keel.ticket;

import java.util.List;

/**
 * The demo service desk has been recorded (demo data only, once, on the first start): other modules
 * add their part of the demo to its tickets, e.g. knowledge articles linked to the solved ones.
 *
 * @param solved the tickets solved in the demo history, oldest first
 */
public record DemoTicketsRecorded(List<SolvedTicket> solved) {

    /** A solved demo ticket, its category's code and the agent who solved it. */
    public record SolvedTicket(long ticketId, String categoryCode, long agentId) {}
}
