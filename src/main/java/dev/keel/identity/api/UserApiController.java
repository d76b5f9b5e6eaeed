package dev.keel.identity.api;

import dev.keel.identity.RegisterUser;
import dev.keel.identity.Role;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.UpdateUser;
import dev.keel.identity.domain.UserAccounts;
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
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('admin:users')")
@Tag(name = "Users", description = "User accounts and their roles (administrators)")
class UserApiController {

    private final UserAccounts accounts;

    UserApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record CreateUserRequest(
            @NotBlank String username,
            @NotBlank String displayName,
            @NotBlank String email,
            @NotBlank String password,
            @Nullable Long organisationId,
            @Nullable Set<Role> roles,
            @Nullable String timeZone) {}

    record UpdateUserRequest(
            @NotBlank String displayName,
            @NotBlank String email,
            @Nullable Long organisationId,
            boolean enabled,
            @NotNull Long version) {}

    record UserResponse(UserSummary user, long version) {}

    record OrganisationVisibilityRequest(@NotNull Boolean visible) {}

    @GetMapping
    @Operation(summary = "Users by id, keyset-paginated; q filters by user-name prefix")
    Page<UserSummary> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return accounts.page(q, PageRequest.of(cursor, limit));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user, with the version to send back on update")
    UserResponse get(@PathVariable long id) {
        return new UserResponse(accounts.find(id), accounts.versionOf(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user (password policy applies)")
    UserResponse create(@Valid @RequestBody CreateUserRequest request, Actor actor) {
        UserSummary user = accounts.register(
                new RegisterUser(
                        request.username(),
                        request.displayName(),
                        request.email(),
                        request.password(),
                        request.organisationId(),
                        request.roles() == null ? Set.of(Role.REQUESTER) : request.roles(),
                        request.timeZone()),
                actor);
        return new UserResponse(user, accounts.versionOf(user.id()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a user; 409 when someone else changed it since `version`")
    UserResponse update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request, Actor actor) {
        UserSummary user = accounts.update(
                new UpdateUser(
                        id,
                        request.displayName(),
                        request.email(),
                        request.organisationId(),
                        request.enabled(),
                        request.version()),
                actor);
        return new UserResponse(user, accounts.versionOf(id));
    }

    @PutMapping("/{id}/roles/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Grant a role (idempotent)")
    void grant(@PathVariable long id, @PathVariable Role role, Actor actor) {
        accounts.grant(id, role, actor);
    }

    @DeleteMapping("/{id}/roles/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a role (idempotent)")
    void revoke(@PathVariable long id, @PathVariable Role role, Actor actor) {
        accounts.revoke(id, role, actor);
    }

    @PutMapping("/{id}/organisation-visibility")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Let a requester see every ticket of their organisation, or only their own")
    void organisationVisibility(
            @PathVariable long id, @Valid @RequestBody OrganisationVisibilityRequest request, Actor actor) {
        accounts.setOrganisationVisibility(id, request.visible(), actor);
    }
}
