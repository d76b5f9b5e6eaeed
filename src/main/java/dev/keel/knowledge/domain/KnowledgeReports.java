package dev.keel.knowledge.domain;

import java.time.Instant;

/** Figures of the knowledge base for reports. */
public interface KnowledgeReports {

    /** How many deflections were recorded in {@code [from, to)}. */
    long deflections(Instant from, Instant to);
}
