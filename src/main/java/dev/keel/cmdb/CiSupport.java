package dev.keel.cmdb;

import java.util.Optional;

/** What other modules may ask the CMDB about the support of the configuration items a ticket affects. */
public interface CiSupport {

    /**
     * The support group that looks after the CIs linked to the ticket: of the linked CIs that are not
     * retired and have a support group, the most critical one's (the first linked among equals).
     */
    Optional<Long> supportGroupForTicket(long ticketId);
}
