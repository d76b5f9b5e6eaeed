package dev.keel.cmdb.api;

import dev.keel.cmdb.CiStatus;
import dev.keel.cmdb.api.CmdbResponses.CiPage;
import dev.keel.cmdb.api.CmdbResponses.CiResponse;
import dev.keel.cmdb.api.CmdbResponses.HistoryResponse;
import dev.keel.cmdb.api.CmdbResponses.RelationResponse;
import dev.keel.cmdb.domain.CiClass;
import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.CiDraft;
import dev.keel.cmdb.domain.CiHistory;
import dev.keel.cmdb.domain.ConfigurationItem;
import dev.keel.cmdb.domain.ConfigurationItems;
import dev.keel.cmdb.domain.Relation;
import dev.keel.cmdb.domain.RelationTypes;
import dev.keel.cmdb.domain.Relations;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cmdb")
@PreAuthorize("hasAuthority('workspace:use')")
@Tag(name = "CMDB", description = "Configuration items, their relations and history (agents)")
class CmdbApiController {

    private final ConfigurationItems items;
    private final CiClasses classes;
    private final CiHistory history;
    private final Relations relations;
    private final RelationTypes types;

    CmdbApiController(
            ConfigurationItems items, CiClasses classes, CiHistory history, Relations relations, RelationTypes types) {
        this.items = items;
        this.classes = classes;
        this.history = history;
        this.relations = relations;
        this.types = types;
    }

    /** A CI as sent by a client: class by code; {@code version} is required on update. */
    record CiRequest(
            @Nullable String classCode,
            @Nullable String name,
            @Nullable String status,
            @Nullable String environment,
            @Nullable String criticality,
            @Nullable Long ownerId,
            @Nullable Long supportGroupId,
            @Nullable Long organisationId,
            @Nullable String location,
            @Nullable Integer minHealthyMembers,
            @Nullable Map<String, String> attributes,
            @Nullable Long version) {

        CiDraft draft() {
            return new CiDraft(
                    classCode,
                    name,
                    status,
                    environment,
                    criticality,
                    ownerId,
                    supportGroupId,
                    organisationId,
                    location,
                    minHealthyMembers,
                    attributes);
        }
    }

    record StatusRequest(@Nullable String status, @Nullable Long version) {}

    record RelationRequest(
            @Nullable String type,
            @Nullable Long sourceId,
            @Nullable Long targetId) {}

    /** The relations of a CI in both directions. */
    record CiRelations(List<RelationResponse> outgoing, List<RelationResponse> incoming) {}

    @GetMapping("/cis")
    @Operation(
            summary = "Configuration items in id order, keyset-paginated",
            description = "Filters: classCode, status, groupId, organisationId, q (part of the name), and "
                    + "attribute + value (exact, needs classCode)")
    CiPage list(
            @RequestParam(required = false) @Nullable String classCode,
            @RequestParam(required = false) @Nullable CiStatus status,
            @RequestParam(required = false) @Nullable Long groupId,
            @RequestParam(required = false) @Nullable Long organisationId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String attribute,
            @RequestParam(required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        Long classId = null;
        if (classCode != null && !classCode.isBlank()) {
            classId = classes.findByCode(classCode.strip())
                    .map(CiClass::id)
                    .orElseThrow(() -> DomainException.invalid("classCode", "cmdb.validation.class"));
        }
        var page = items.list(
                new ConfigurationItems.Filter(classId, status, groupId, organisationId, q, attribute, value),
                Keyset.PageRequest.of(cursor, limit));
        return new CiPage(page.items().stream().map(this::response).toList(), page.nextCursor());
    }

    @PostMapping("/cis")
    @Operation(summary = "Create a configuration item; bad fields or attribute values answer 422 with field errors")
    ResponseEntity<CiResponse> create(@RequestBody CiRequest request, Actor actor) {
        var ci = items.create(request.draft(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cmdb/cis/" + ci.id())).body(response(ci));
    }

    @GetMapping("/cis/{id}")
    @Operation(summary = "One configuration item")
    CiResponse find(@PathVariable long id) {
        return response(items.find(id));
    }

    @PutMapping("/cis/{id}")
    @Operation(summary = "Change a configuration item (all fields); send the version you read, else 409")
    CiResponse update(@PathVariable long id, @RequestBody CiRequest request, Actor actor) {
        return response(items.update(id, request.draft(), request.version(), actor));
    }

    @PostMapping("/cis/{id}/status")
    @Operation(summary = "Move a configuration item through its lifecycle; an illegal step answers 409")
    CiResponse status(@PathVariable long id, @RequestBody StatusRequest request, Actor actor) {
        if (request.status() == null || request.status().isBlank()) {
            throw DomainException.invalid("status", "cmdb.validation.required");
        }
        CiStatus to = parseStatus(request.status());
        return response(items.changeStatus(id, to, request.version(), actor));
    }

    @GetMapping("/cis/{id}/history")
    @Operation(summary = "The field history of a configuration item, newest first")
    List<HistoryResponse> history(@PathVariable long id) {
        items.find(id);
        return history.of(id).stream().map(HistoryResponse::of).toList();
    }

    @GetMapping("/cis/{id}/relations")
    @Operation(summary = "The relations of a configuration item, outgoing and incoming")
    CiRelations relationsOf(@PathVariable long id) {
        items.find(id);
        return new CiRelations(
                relations.outgoing(id).stream().map(this::response).toList(),
                relations.incoming(id).stream().map(this::response).toList());
    }

    @PostMapping("/relations")
    @Operation(
            summary = "Add a relation source → target of a type (by code)",
            description = "A dangling or retired end, a self-relation or a cycle of an acyclic type answer 422; "
                    + "a duplicate answers 409")
    ResponseEntity<RelationResponse> addRelation(@RequestBody RelationRequest request, Actor actor) {
        Relation relation = relations.add(request.type(), request.sourceId(), request.targetId(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cmdb/relations/" + relation.id()))
                .body(response(relation));
    }

    @GetMapping("/relations/{id}")
    @Operation(summary = "One relation")
    RelationResponse relation(@PathVariable long id) {
        return response(relations.find(id));
    }

    @DeleteMapping("/relations/{id}")
    @Operation(summary = "Remove a relation (kept in the relation history)")
    ResponseEntity<Void> removeRelation(@PathVariable long id, Actor actor) {
        relations.remove(id, actor);
        return ResponseEntity.noContent().build();
    }

    static CiStatus parseStatus(String raw) {
        try {
            return CiStatus.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "cmdb.validation.status");
        }
    }

    private CiResponse response(ConfigurationItem ci) {
        return CiResponse.of(ci, classes.find(ci.classId()));
    }

    private RelationResponse response(Relation r) {
        return RelationResponse.of(r, types.find(r.typeId()).code());
    }
}
