package dev.keel.search.domain;

import static dev.keel.search.domain.TicketFields.*;

import dev.keel.search.SearchAnalyzers;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.domain.Ticket;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes a ticket's conversation with the ticket: public replies in one pair of fields, internal notes
 * in another (queried only for agents), system notes not at all. Conversation entries are a separate
 * entity without an association, so the bridge reads them with a query in the indexing session; a new
 * entry touches its ticket (which reindexes it), and the ticket-event listener reindexes it again.
 */
class ConversationBinder implements TypeBinder {

    /** Conversations longer than this are cut for the index (the first part is what people quote). */
    static final int MAX_INDEXED_CHARS = 200_000;

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        context.bridge(
                Ticket.class,
                new Bridge(
                        text(schema, PUBLIC_ZH, SearchAnalyzers.CHINESE),
                        text(schema, PUBLIC_EN, SearchAnalyzers.ENGLISH),
                        text(schema, INTERNAL_ZH, SearchAnalyzers.CHINESE),
                        text(schema, INTERNAL_EN, SearchAnalyzers.ENGLISH)));
    }

    private static IndexFieldReference<String> text(IndexSchemaElement schema, String name, String analyzer) {
        return schema.field(
                        name,
                        f -> f.asString()
                                .analyzer(analyzer)
                                .highlightable(List.of(Highlightable.ANY))
                                .projectable(Projectable.NO))
                .toReference();
    }

    private record Bridge(
            IndexFieldReference<String> publicZh,
            IndexFieldReference<String> publicEn,
            IndexFieldReference<String> internalZh,
            IndexFieldReference<String> internalEn)
            implements TypeBridge<Ticket> {

        @Override
        public void write(DocumentElement target, Ticket ticket, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            List<Object[]> rows = session.createSelectionQuery(
                            "select e.kind, e.body from TicketEntry e where e.ticketId = :id order by e.id",
                            Object[].class)
                    .setParameter("id", ticket.id())
                    .setHibernateFlushMode(FlushMode.MANUAL)
                    .setReadOnly(true)
                    .getResultList();
            StringBuilder publicText = new StringBuilder();
            StringBuilder internalText = new StringBuilder();
            for (Object[] row : rows) {
                StringBuilder into = row[0] == EntryKind.PUBLIC_REPLY
                        ? publicText
                        : row[0] == EntryKind.INTERNAL_NOTE ? internalText : null;
                if (into != null && into.length() < MAX_INDEXED_CHARS) {
                    into.append(row[1]).append('\n');
                }
            }
            put(target, publicZh, publicEn, publicText);
            put(target, internalZh, internalEn, internalText);
        }

        private static void put(
                DocumentElement target,
                IndexFieldReference<String> zh,
                IndexFieldReference<String> en,
                StringBuilder text) {
            if (!text.isEmpty()) {
                String value =
                        text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text.toString();
                target.addValue(zh, value);
                target.addValue(en, value);
            }
        }
    }
}
