package dev.keel.cmdb.api;

import dev.keel.cmdb.CiStatus;
import dev.keel.cmdb.domain.AttributeKind;
import dev.keel.cmdb.domain.CiClass;
import dev.keel.cmdb.domain.CiEnvironment;
import dev.keel.cmdb.domain.CiHistoryEntry;
import dev.keel.cmdb.domain.ClassAttribute;
import dev.keel.cmdb.domain.ConfigurationItem;
import dev.keel.cmdb.domain.Criticality;
import dev.keel.cmdb.domain.Relation;
import dev.keel.cmdb.domain.RelationType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the CMDB API. */
final class CmdbResponses {

    private CmdbResponses() {}

    record AttributeResponse(
            String code,
            AttributeKind kind,
            String nameZh,
            String nameEn,
            String helpZh,
            String helpEn,
            boolean required,
            boolean unique,
            List<String> choices,
            int sortOrder) {

        static AttributeResponse of(ClassAttribute a) {
            return new AttributeResponse(
                    a.code(),
                    a.kind(),
                    a.nameZh(),
                    a.nameEn(),
                    a.helpZh(),
                    a.helpEn(),
                    a.required(),
                    a.unique(),
                    a.choices(),
                    a.sortOrder());
        }
    }

    record ClassResponse(
            long id,
            String code,
            String nameZh,
            String nameEn,
            String helpZh,
            String helpEn,
            boolean active,
            List<AttributeResponse> attributes,
            long version) {

        static ClassResponse of(CiClass c) {
            return new ClassResponse(
                    c.id(),
                    c.code(),
                    c.nameZh(),
                    c.nameEn(),
                    c.helpZh(),
                    c.helpEn(),
                    c.active(),
                    c.attributes().stream().map(AttributeResponse::of).toList(),
                    c.version());
        }
    }

    record RelationTypeResponse(
            long id,
            String code,
            String outgoingZh,
            String outgoingEn,
            String incomingZh,
            String incomingEn,
            boolean acyclic,
            RelationType.Propagation propagation,
            long version) {

        static RelationTypeResponse of(RelationType t) {
            return new RelationTypeResponse(
                    t.id(),
                    t.code(),
                    t.outgoingZh(),
                    t.outgoingEn(),
                    t.incomingZh(),
                    t.incomingEn(),
                    t.acyclic(),
                    t.propagation(),
                    t.version());
        }
    }

    /** A CI; {@code attributes} are keyed by attribute code. */
    record CiResponse(
            long id,
            String name,
            String classCode,
            CiStatus status,
            CiEnvironment environment,
            Criticality criticality,
            @Nullable Long ownerId,
            @Nullable Long supportGroupId,
            @Nullable Long organisationId,
            String location,
            @Nullable Integer minHealthyMembers,
            Map<String, String> attributes,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static CiResponse of(ConfigurationItem ci, CiClass ciClass) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (ClassAttribute a : ciClass.attributes()) {
                String value = ci.attributes().get(a.id());
                if (value != null) {
                    attributes.put(a.code(), value);
                }
            }
            return new CiResponse(
                    ci.id(),
                    ci.name(),
                    ciClass.code(),
                    ci.status(),
                    ci.environment(),
                    ci.criticality(),
                    ci.ownerId(),
                    ci.supportGroupId(),
                    ci.organisationId(),
                    ci.location(),
                    ci.minHealthyMembers(),
                    attributes,
                    ci.createdAt(),
                    ci.updatedAt(),
                    ci.version());
        }
    }

    record CiPage(List<CiResponse> items, @Nullable String nextCursor) {}

    record RelationResponse(long id, String type, long sourceId, long targetId, Instant createdAt, String createdBy) {

        static RelationResponse of(Relation r, String typeCode) {
            return new RelationResponse(r.id(), typeCode, r.sourceId(), r.targetId(), r.createdAt(), r.createdBy());
        }
    }

    record HistoryResponse(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String actor,
            Instant changedAt) {

        static HistoryResponse of(CiHistoryEntry e) {
            return new HistoryResponse(e.field(), e.oldValue(), e.newValue(), e.actor(), e.changedAt());
        }
    }
}
