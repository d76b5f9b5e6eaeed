package dev.keel.search;

/**
 * The one way a document reaches a search index: rewritten from the committed database row, never from
 * an entity in flight. Hibernate Search's automatic indexing is off; a module that owns an indexed
 * entity calls {@link #rewriteAfterCommit} from inside the transaction that changed it (the request then
 * finds its own change) and {@link #rewrite} from an {@code @ApplicationModuleListener} of its own
 * events (the persistent publication registry repeats that after a crash). Writes of one document are
 * serialised and each reads the row afresh, so an older state can never overwrite a newer one.
 */
public interface IndexedDocuments {

    /**
     * Rewrites the document of {@code type} #{@code id} right after the current transaction commits,
     * once per transaction however often it is called, without waiting for the index. Best effort: a
     * failure is logged and repaired by the durable path. Outside a transaction it rewrites at once.
     */
    void rewriteAfterCommit(Class<?> type, Object id);

    /**
     * Rewrites the document from the committed row (or removes it when the row is gone). With
     * {@code durable} it waits until the write is on disk and throws when it fails, so that the calling
     * event listener is retried; without, it honours the configured synchronization strategy.
     */
    void rewrite(Class<?> type, Object id, boolean durable);
}
