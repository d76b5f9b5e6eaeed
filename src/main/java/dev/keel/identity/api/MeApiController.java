package dev.keel.identity.api;

import dev.keel.identity.ApiScope;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.identity.domain.ApiToken;
import dev.keel.identity.domain.ApiTokens;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The caller's own account and personal API tokens")
class MeApiController {

    private final UserDirectory directory;
    private final ApiTokens tokens;

    MeApiController(UserDirectory directory, ApiTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    record CreateTokenRequest(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty Set<ApiScope> scopes,
            @Nullable Integer validDays) {}

    record TokenResponse(
            long id,
            String name,
            String prefix,
            Set<ApiScope> scopes,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        static TokenResponse of(ApiToken t) {
            return new TokenResponse(
                    t.id(),
                    t.name(),
                    t.tokenPrefix(),
                    t.scopes(),
                    t.createdAt(),
                    t.expiresAt(),
                    t.lastUsedAt(),
                    t.revokedAt());
        }
    }

    record IssuedTokenResponse(
            long id,
            String name,
            String token,
            Set<ApiScope> scopes,
            @Nullable Instant expiresAt) {}

    @GetMapping
    @Operation(summary = "The account the token belongs to")
    UserSummary me(@AuthenticationPrincipal KeelPrincipal principal) {
        return directory.findUser(principal.userId()).orElseThrow(() -> DomainException.notFound("user"));
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's API tokens (never their secrets)")
    List<TokenResponse> tokens(@AuthenticationPrincipal KeelPrincipal principal) {
        return tokens.listFor(principal.username()).stream()
                .map(TokenResponse::of)
                .toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token; the secret is in this response only")
    IssuedTokenResponse create(
            @Valid @RequestBody CreateTokenRequest request,
            @AuthenticationPrincipal KeelPrincipal principal,
            Actor actor) {
        var issued = tokens.issue(principal.username(), request.name(), request.scopes(), request.validDays(), actor);
        return new IssuedTokenResponse(
                issued.id(), issued.name(), issued.secret(), issued.scopes(), issued.expiresAt());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@PathVariable long id, @AuthenticationPrincipal KeelPrincipal principal, Actor actor) {
        tokens.revoke(principal.username(), id, actor);
    }
}
