package dev.keel.identity.api;

import dev.keel.identity.OrganisationKind;
import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.domain.Organisations;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Customer and provider organisations")
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    record CreateOrganisationRequest(
            @NotBlank String code,
            @NotBlank String name,
            @NotNull OrganisationKind kind) {}

    @GetMapping
    @PreAuthorize("hasAuthority('workspace:use')")
    @Operation(summary = "Organisations by id, keyset-paginated")
    Page<OrganisationSummary> list(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return organisations.page(PageRequest.of(cursor, limit));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workspace:use')")
    @Operation(summary = "One organisation")
    OrganisationSummary get(@PathVariable long id) {
        return organisations.find(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('admin:users')")
    @Operation(summary = "Create an organisation (administrators)")
    OrganisationSummary create(@Valid @RequestBody CreateOrganisationRequest request, Actor actor) {
        return organisations.create(request.code(), request.name(), request.kind(), actor);
    }
}
