package dev.keel.cmdb.api;

import dev.keel.cmdb.domain.CiTicketLinks;
import dev.keel.cmdb.domain.Impact;
import dev.keel.cmdb.domain.ImpactAnalysis;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cmdb")
@PreAuthorize("hasAuthority('workspace:use')")
@Tag(name = "CMDB impact", description = "Impact analysis and the CIs tickets affect")
class ImpactApiController {

    private final ImpactAnalysis analysis;
    private final CiTicketLinks links;

    ImpactApiController(ImpactAnalysis analysis, CiTicketLinks links) {
        this.analysis = analysis;
        this.links = links;
    }

    record ImpactRequest(
            @Nullable List<Long> ciIds, @Nullable Integer depth) {}

    record LinkRequest(@Nullable Long ciId) {}

    @GetMapping("/cis/{id}/impact")
    @Operation(
            summary = "What fails when this CI fails",
            description = "Walks depends on / runs on / hosted in (every TO_SOURCE type) upwards, and marks a "
                    + "cluster affected only when fewer members than its minHealthyMembers stay healthy")
    Impact impact(@PathVariable long id, @RequestParam(defaultValue = "" + ImpactAnalysis.DEFAULT_DEPTH) int depth) {
        return analysis.impact(List.of(id), depth);
    }

    @PostMapping("/impact")
    @Operation(summary = "What fails when all these CIs fail together (at most 100)")
    Impact impact(@RequestBody ImpactRequest request) {
        return analysis.impact(
                request.ciIds() == null ? List.of() : request.ciIds(),
                request.depth() == null ? ImpactAnalysis.DEFAULT_DEPTH : request.depth());
    }

    @GetMapping("/cis/{id}/dependencies")
    @Operation(summary = "What this CI (e.g. a business service) depends on, downwards")
    Impact dependencies(
            @PathVariable long id, @RequestParam(defaultValue = "" + ImpactAnalysis.DEFAULT_DEPTH) int depth) {
        return analysis.dependencies(id, depth);
    }

    @GetMapping("/tickets/{ticketId}/cis")
    @Operation(summary = "The CIs a ticket affects (404 when the ticket is not visible)")
    List<Long> cisOfTicket(@PathVariable long ticketId, Authentication authentication) {
        return links.cisOf(ticketId, userId(authentication)).stream()
                .map(ci -> ci.id())
                .toList();
    }

    @PostMapping("/tickets/{ticketId}/cis")
    @Operation(summary = "Link a CI to a ticket (idempotent); a retired CI answers 422")
    ResponseEntity<Void> link(
            @PathVariable long ticketId, @RequestBody LinkRequest request, Authentication authentication, Actor actor) {
        if (request.ciId() == null) {
            throw DomainException.invalid("ciId", "cmdb.validation.required");
        }
        links.link(ticketId, request.ciId(), userId(authentication), actor);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/tickets/{ticketId}/cis/{ciId}")
    @Operation(summary = "Unlink a CI from a ticket")
    ResponseEntity<Void> unlink(@PathVariable long ticketId, @PathVariable long ciId, Authentication authentication) {
        links.unlink(ticketId, ciId, userId(authentication));
        return ResponseEntity.noContent().build();
    }

    static long userId(Authentication authentication) {
        if (authentication.getPrincipal() instanceof KeelPrincipal p) {
            return p.userId();
        }
        throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "error.forbidden");
    }
}
