package dev.keel.search;

/**
 * Implemented (as a Spring bean) by every module that owns an {@code @Indexed} entity: the admin page's
 * "rebuild index" (and the start-up fill of an empty ticket index) reloads every contributed type from
 * the database and afterwards removes the documents of that type whose row no longer exists.
 *
 * <p>Contract: the entity is a JPA entity indexed by Hibernate Search, with a {@code Long} identifier
 * that is also its document id.
 */
public interface SearchIndexedType {

    /** The indexed entity class (e.g. the ticket, the knowledge article). */
    Class<?> entityType();
}
