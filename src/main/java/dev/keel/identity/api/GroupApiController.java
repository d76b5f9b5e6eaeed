package dev.keel.identity.api;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.GroupTier;
import dev.keel.identity.domain.SupportGroups;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Groups", description = "Support groups with their tier, lead, members and scope")
class GroupApiController {

    private final SupportGroups groups;

    GroupApiController(SupportGroups groups) {
        this.groups = groups;
    }

    record CreateGroupRequest(
            @NotBlank String code,
            @NotBlank String name,
            @Nullable String description,
            @NotNull GroupTier tier,
            @Nullable String email) {}

    /** The whole scope of a group; an empty list of organisations means it serves every customer. */
    record ScopeRequest(@NotNull Boolean security, @NotNull Set<@NotNull Long> servedOrganisationIds) {}

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:use')")
    @Operation(summary = "Groups by id, keyset-paginated")
    Page<GroupSummary> list(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return groups.page(PageRequest.of(cursor, limit));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workspace:use')")
    @Operation(summary = "One group")
    GroupSummary get(@PathVariable long id) {
        return groups.find(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('admin:users')")
    @Operation(summary = "Create a group (administrators)")
    GroupSummary create(@Valid @RequestBody CreateGroupRequest request, Actor actor) {
        return groups.create(
                request.code(), request.name(), request.description(), request.tier(), request.email(), actor);
    }

    @PutMapping("/{id}/scope")
    @PreAuthorize("hasAuthority('admin:users')")
    @Operation(
            summary = "Set a group's scope (administrators)",
            description = "Marks the group as the security group (it alone sees security incidents) and lists the"
                    + " customer organisations it serves; an empty list means all customers. Unknown"
                    + " organisation ids are refused with 422.")
    GroupSummary scope(@PathVariable long id, @Valid @RequestBody ScopeRequest request, Actor actor) {
        return groups.scope(id, request.security(), request.servedOrganisationIds(), actor);
    }
}
