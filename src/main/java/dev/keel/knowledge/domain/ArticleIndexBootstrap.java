package dev.keel.knowledge.domain;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An empty article index next to a database with articles (first start after an upgrade, a new node, a
 * deleted index folder) is filled from the database on start-up: at once for a small knowledge base,
 * in the background for a large one.
 */
@Component
class ArticleIndexBootstrap {

    static final long WAIT_UP_TO = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ArticleIndexBootstrap.class);

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    ArticleIndexBootstrap(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void fillAnEmptyIndex() throws InterruptedException {
        Long articles = readOnly.execute(status -> {
            long documents = Search.session(entityManager)
                    .search(KnowledgeArticle.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
            return documents > 0
                    ? 0L
                    : entityManager
                            .createQuery("select count(a) from KnowledgeArticle a", Long.class)
                            .getSingleResult();
        });
        if (articles == null || articles == 0) {
            return;
        }
        var indexer = Search.mapping(entityManager.getEntityManagerFactory())
                .scope(KnowledgeArticle.class)
                .massIndexer()
                .purgeAllOnStart(false);
        if (articles <= WAIT_UP_TO) {
            indexer.startAndWait();
            log.info("The article index was empty: indexed {} articles", articles);
        } else {
            indexer.start();
            log.info("The article index is empty: indexing {} articles in the background", articles);
        }
    }
}
