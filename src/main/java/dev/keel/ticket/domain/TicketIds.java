package dev.keel.ticket.domain;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ticket ids, taken from {@code ticket_seq} in blocks of 50 (the sequence's increment), so that a new
 * ticket knows its id — and therefore its number — before it is inserted, and opening a ticket costs
 * one INSERT instead of an INSERT and an UPDATE. Blocks are claimed from the database, so any number of
 * nodes share the sequence safely; ids are unique and increase, with gaps after a restart.
 */
@Component
class TicketIds {

    static final int BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final String nextValueSql;
    private long next;
    private long limit;

    TicketIds(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        var dialect = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        this.nextValueSql = dialect.getSequenceSupport().getSequenceNextValString("ticket_seq");
    }

    synchronized long next() {
        if (next >= limit) {
            Long start = jdbc.queryForObject(nextValueSql, Long.class);
            if (start == null) {
                throw new IllegalStateException("ticket_seq returned nothing");
            }
            next = start;
            limit = start + BLOCK;
        }
        return next++;
    }
}
