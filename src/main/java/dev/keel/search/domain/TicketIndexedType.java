package dev.keel.search.domain;

import dev.keel.search.SearchIndexedType;
import dev.keel.ticket.domain.Ticket;
import org.springframework.stereotype.Component;

/** The ticket index is rebuilt with every other contributed type. */
@Component
class TicketIndexedType implements SearchIndexedType {

    @Override
    public Class<?> entityType() {
        return Ticket.class;
    }
}
