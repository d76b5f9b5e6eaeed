package dev.keel.knowledge.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<KnowledgeArticle, Long> {

    @Query("""
            select a from KnowledgeArticle a
            where a.id < :after
              and (:status is null or a.status = :status)
              and (:owner is null or a.ownerId = :owner)
              and (:category is null or a.categoryId = :category)
              and (:visibility is null or a.visibility = :visibility)
            order by a.id desc
            """)
    List<KnowledgeArticle> page(
            @Param("after") long after,
            @Param("status") @Nullable ArticleStatus status,
            @Param("owner") @Nullable Long owner,
            @Param("category") @Nullable Long category,
            @Param("visibility") @Nullable ArticleVisibility visibility,
            Pageable limit);

    @Query("""
            select a from KnowledgeArticle a join a.reviewerIds r
            where a.id < :after and r = :reviewer and a.status = dev.keel.knowledge.domain.ArticleStatus.IN_REVIEW
            order by a.id desc
            """)
    List<KnowledgeArticle> awaitingReview(@Param("after") long after, @Param("reviewer") long reviewer, Pageable limit);

    @Query("""
            select a from KnowledgeArticle a
            where a.id < :after and a.publishedVersion is not null
              and a.status <> dev.keel.knowledge.domain.ArticleStatus.ARCHIVED
              and (:publicOnly = false or a.visibility = dev.keel.knowledge.domain.ArticleVisibility.PUBLIC)
              and (:category is null or a.categoryId = :category)
            order by a.id desc
            """)
    List<KnowledgeArticle> readablePage(
            @Param("after") long after,
            @Param("publicOnly") boolean publicOnly,
            @Param("category") @Nullable Long category,
            Pageable limit);
}

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    Optional<ArticleVersion> findByArticleIdAndVersionNo(long articleId, int versionNo);

    List<ArticleVersion> findByArticleIdOrderByVersionNoDesc(long articleId);
}

interface ArticleReviewRepository extends JpaRepository<ArticleReview, Long> {

    List<ArticleReview> findByArticleIdOrderByIdDesc(long articleId);
}

interface ArticleCategoryRepository extends JpaRepository<KnowledgeCategory, Long> {

    List<KnowledgeCategory> findAllByOrderBySortOrderAscIdAsc();
}
