package dev.keel.cmdb.api;

import dev.keel.cmdb.api.CmdbResponses.ClassResponse;
import dev.keel.cmdb.api.CmdbResponses.RelationTypeResponse;
import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.RelationTypes;
import dev.keel.cmdb.domain.Texts;
import dev.keel.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cmdb")
@PreAuthorize("hasAuthority('workspace:use')")
@Tag(name = "CMDB configuration", description = "CI classes with their attributes, and relation types")
class CmdbConfigApiController {

    private final CiClasses classes;
    private final RelationTypes types;

    CmdbConfigApiController(CiClasses classes, RelationTypes types) {
        this.classes = classes;
        this.types = types;
    }

    record ClassRequest(
            @Nullable String code,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String helpZh,
            @Nullable String helpEn,
            @Nullable Boolean active,
            @Nullable Long version) {

        Texts texts() {
            return Texts.of(nameZh, nameEn, helpZh, helpEn);
        }
    }

    /** A new or changed attribute; {@code version} is the class's version. */
    record AttributeRequest(
            @Nullable String code,
            @Nullable String kind,
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable String helpZh,
            @Nullable String helpEn,
            @Nullable Boolean required,
            @Nullable Boolean unique,
            @Nullable List<String> choices,
            @Nullable Integer sortOrder,
            @Nullable Long version) {

        CiClasses.AttributeDraft draft() {
            return new CiClasses.AttributeDraft(
                    code,
                    kind,
                    nameZh,
                    nameEn,
                    helpZh,
                    helpEn,
                    Boolean.TRUE.equals(required),
                    Boolean.TRUE.equals(unique),
                    choices == null ? null : String.join(",", choices),
                    sortOrder);
        }
    }

    record RelationTypeRequest(
            @Nullable String code,
            @Nullable String outgoingZh,
            @Nullable String outgoingEn,
            @Nullable String incomingZh,
            @Nullable String incomingEn,
            @Nullable Boolean acyclic,
            @Nullable String propagation,
            @Nullable Long version) {

        RelationTypes.Draft draft() {
            return new RelationTypes.Draft(
                    code, outgoingZh, outgoingEn, incomingZh, incomingEn, Boolean.TRUE.equals(acyclic), propagation);
        }
    }

    @GetMapping("/classes")
    @Operation(summary = "The CI classes with their attributes")
    List<ClassResponse> classes() {
        return classes.all().stream().map(ClassResponse::of).toList();
    }

    @GetMapping("/classes/{id}")
    @Operation(summary = "One CI class")
    ClassResponse ciClass(@PathVariable long id) {
        return ClassResponse.of(classes.find(id));
    }

    @PostMapping("/classes")
    @PreAuthorize("hasAuthority('admin:config')")
    @Operation(summary = "Create a CI class (configuration administrators); audited")
    ResponseEntity<ClassResponse> createClass(@RequestBody ClassRequest request, Actor actor) {
        var created = classes.create(request.code(), request.texts(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cmdb/classes/" + created.id()))
                .body(ClassResponse.of(created));
    }

    @PutMapping("/classes/{id}")
    @PreAuthorize("hasAuthority('admin:config')")
    @Operation(summary = "Rename, retire or restore a CI class; send the version you read; audited")
    ClassResponse updateClass(@PathVariable long id, @RequestBody ClassRequest request, Actor actor) {
        return ClassResponse.of(
                classes.update(id, request.texts(), !Boolean.FALSE.equals(request.active()), request.version(), actor));
    }

    @PostMapping("/classes/{id}/attributes")
    @PreAuthorize("hasAuthority('admin:config')")
    @Operation(summary = "Add an attribute to a class; send the class's version; audited")
    ResponseEntity<ClassResponse> addAttribute(
            @PathVariable long id, @RequestBody AttributeRequest request, Actor actor) {
        var changed = classes.addAttribute(id, request.draft(), request.version(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cmdb/classes/" + id)).body(ClassResponse.of(changed));
    }

    @PutMapping("/classes/{id}/attributes/{code}")
    @PreAuthorize("hasAuthority('admin:config')")
    @Operation(summary = "Change an attribute's names, help, flags or choices (not its code or type); audited")
    ClassResponse changeAttribute(
            @PathVariable long id, @PathVariable String code, @RequestBody AttributeRequest request, Actor actor) {
        return ClassResponse.of(classes.changeAttribute(id, code, request.draft(), request.version(), actor));
    }

    @GetMapping("/relation-types")
    @Operation(summary = "The relation types with the names of both directions")
    List<RelationTypeResponse> relationTypes() {
        return types.all().stream().map(RelationTypeResponse::of).toList();
    }

    @PostMapping("/relation-types")
    @PreAuthorize("hasAuthority('admin:config')")
    @Operation(summary = "Create a relation type; audited")
    ResponseEntity<RelationTypeResponse> createRelationType(@RequestBody RelationTypeRequest request, Actor actor) {
        var created = types.create(request.draft(), actor);
        return ResponseEntity.created(URI.create("/api/v1/cmdb/relation-types/" + created.id()))
                .body(RelationTypeResponse.of(created));
    }

    @PutMapping("/relation-types/{id}")
    @PreAuthorize("hasAuthority('admin:config')")
    @Operation(summary = "Change a relation type; send the version you read; audited")
    RelationTypeResponse updateRelationType(
            @PathVariable long id, @RequestBody RelationTypeRequest request, Actor actor) {
        return RelationTypeResponse.of(types.update(id, request.draft(), request.version(), actor));
    }
}
