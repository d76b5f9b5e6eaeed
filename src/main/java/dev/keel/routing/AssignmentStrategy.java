package dev.keel.routing;

/** How a group hands a new ticket in its queue to a member. */
public enum AssignmentStrategy {
    /** The ticket waits in the group queue until someone claims it. */
    NONE,
    /** Members in turn, by id, continuing after the one who got the previous ticket. */
    ROUND_ROBIN,
    /** The member with the fewest open assigned tickets; ties go to the lowest id. */
    LEAST_LOADED
}
