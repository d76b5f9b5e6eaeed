package dev.keel.cmdb.domain;

import dev.keel.cmdb.CiStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CiClassRepository extends JpaRepository<CiClass, Long> {

    Optional<CiClass> findByCode(String code);

    List<CiClass> findAllByOrderByIdAsc();
}

interface CiRepository extends JpaRepository<ConfigurationItem, Long> {

    Optional<ConfigurationItem> findByClassIdAndName(long classId, String name);

    List<ConfigurationItem> findByIdIn(Collection<Long> ids);

    @Query("""
            select c from ConfigurationItem c
            where c.id > :after
              and (:classId is null or c.classId = :classId)
              and (:status is null or c.status = :status)
              and (:groupId is null or c.supportGroupId = :groupId)
              and (:organisationId is null or c.organisationId = :organisationId)
              and (:name is null or lower(c.name) like :name)
            order by c.id asc
            """)
    List<ConfigurationItem> page(
            @Param("after") long after,
            @Param("classId") @Nullable Long classId,
            @Param("status") @Nullable CiStatus status,
            @Param("groupId") @Nullable Long groupId,
            @Param("organisationId") @Nullable Long organisationId,
            @Param("name") @Nullable String name,
            Pageable limit);

    @Query("""
            select c from ConfigurationItem c join c.attributes a
            where c.id > :after and key(a) = :attributeId and a = :value
              and (:classId is null or c.classId = :classId)
              and (:status is null or c.status = :status)
              and (:groupId is null or c.supportGroupId = :groupId)
              and (:organisationId is null or c.organisationId = :organisationId)
              and (:name is null or lower(c.name) like :name)
            order by c.id asc
            """)
    List<ConfigurationItem> pageByAttribute(
            @Param("after") long after,
            @Param("attributeId") long attributeId,
            @Param("value") String value,
            @Param("classId") @Nullable Long classId,
            @Param("status") @Nullable CiStatus status,
            @Param("groupId") @Nullable Long groupId,
            @Param("organisationId") @Nullable Long organisationId,
            @Param("name") @Nullable String name,
            Pageable limit);

    @Query("""
            select c from ConfigurationItem c
            where lower(c.name) like :name and c.status <> dev.keel.cmdb.CiStatus.DISPOSED
            order by c.name asc
            """)
    List<ConfigurationItem> findByNameLike(@Param("name") String name, Pageable limit);
}

interface CiHistoryRepository extends JpaRepository<CiHistoryEntry, Long> {

    List<CiHistoryEntry> findByCiIdOrderByIdDesc(long ciId);
}

interface RelationTypeRepository extends JpaRepository<RelationType, Long> {

    Optional<RelationType> findByCode(String code);

    List<RelationType> findAllByOrderByIdAsc();
}

interface RelationRepository extends JpaRepository<Relation, Long> {

    boolean existsBySourceIdAndTypeIdAndTargetId(long sourceId, long typeId, long targetId);

    List<Relation> findBySourceIdOrderByIdAsc(long sourceId);

    List<Relation> findByTargetIdOrderByIdAsc(long targetId);
}

interface RelationHistoryRepository extends JpaRepository<RelationHistoryEntry, Long> {

    @Query("select h from RelationHistoryEntry h where h.sourceId = :ci or h.targetId = :ci order by h.id desc")
    List<RelationHistoryEntry> forCi(@Param("ci") long ciId);
}
