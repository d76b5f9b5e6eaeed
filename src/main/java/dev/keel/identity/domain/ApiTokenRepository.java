package dev.keel.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByIdDesc(long userId);

    /**
     * Notes a use without touching the row's version: concurrent calls with one token must not
     * conflict, and a use that is not newer than {@code olderThan} writes nothing.
     */
    @Modifying
    @Query("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
            + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :olderThan)")
    int recordUse(@Param("id") long id, @Param("now") Instant now, @Param("olderThan") Instant olderThan);
}
