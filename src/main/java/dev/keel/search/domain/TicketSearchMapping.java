package dev.keel.search.domain;

import static dev.keel.search.domain.TicketFields.*;

import dev.keel.search.SearchAnalyzers;
import dev.keel.ticket.domain.Ticket;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/**
 * Maps the ticket module's {@link Ticket} entity to the {@code ticket} index without annotations in the
 * ticket module: free text twice (Chinese and English analysis, highlightable), the conversation through
 * {@link ConversationBinder}, and the keyword / id / date fields that visibility, facets and recency use.
 */
@Component("ticketSearchMapping")
class TicketSearchMapping implements HibernateOrmSearchMappingConfigurer {

    private static final List<Highlightable> HIGHLIGHT = List.of(Highlightable.ANY);

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep ticket = context.programmaticMapping().type(Ticket.class);
        ticket.indexed().index(INDEX);
        ticket.property("id").documentId();
        ticket.property("number")
                .keywordField(NUMBER)
                .normalizer(SearchAnalyzers.KEYWORD)
                .projectable(Projectable.YES);
        ticket.property("title")
                .fullTextField(TITLE_ZH)
                .analyzer(SearchAnalyzers.CHINESE)
                .highlightable(HIGHLIGHT)
                .fullTextField(TITLE_EN)
                .analyzer(SearchAnalyzers.ENGLISH)
                .highlightable(HIGHLIGHT)
                .keywordField(TITLE)
                .searchable(Searchable.NO)
                .projectable(Projectable.YES);
        ticket.property("description")
                .fullTextField(DESCRIPTION_ZH)
                .analyzer(SearchAnalyzers.CHINESE)
                .highlightable(HIGHLIGHT)
                .fullTextField(DESCRIPTION_EN)
                .analyzer(SearchAnalyzers.ENGLISH)
                .highlightable(HIGHLIGHT);
        for (String keyword : List.of(TYPE, STATUS, PRIORITY)) {
            ticket.property(keyword)
                    .keywordField(keyword)
                    .aggregable(Aggregable.YES)
                    .projectable(Projectable.YES);
        }
        for (String id : List.of(CATEGORY, ORGANISATION)) {
            ticket.property(id).genericField(id).aggregable(Aggregable.YES).projectable(Projectable.YES);
        }
        for (String id : List.of(REQUESTER, GROUP, ASSIGNEE)) {
            ticket.property(id).genericField(id);
        }
        for (String date : List.of(CREATED, UPDATED)) {
            ticket.property(date).genericField(date).sortable(Sortable.YES).projectable(Projectable.YES);
        }
        ticket.binder(new ConversationBinder());
    }
}
