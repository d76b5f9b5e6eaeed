package dev.keel.sla.api;

import dev.keel.shared.Actor;
import dev.keel.sla.ContractView;
import dev.keel.sla.PolicyTarget;
import dev.keel.sla.PolicyView;
import dev.keel.sla.Threshold;
import dev.keel.sla.domain.Contracts;
import dev.keel.sla.domain.Policies;
import dev.keel.sla.domain.SaveContract;
import dev.keel.sla.domain.SavePolicy;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
@RequestMapping("/api/v1/sla")
@PreAuthorize("hasAuthority('admin:config')")
@Tag(
        name = "SLA policies and contracts",
        description = "Policies chosen by conditions in order, and customers' contracts")
class SlaPolicyApiController {

    private final Policies policies;
    private final Contracts contracts;

    SlaPolicyApiController(Policies policies, Contracts contracts) {
        this.policies = policies;
        this.contracts = contracts;
    }

    /** A policy as sent by a client; {@code version} is required on update. */
    record PolicyRequest(
            @Nullable String name,
            @Nullable Long organisationId,
            @Nullable TicketType type,
            @Nullable Priority priority,
            @Nullable Long categoryId,
            @Nullable Long calendarId,
            @Nullable Set<String> pauseOn,
            @Nullable List<PolicyTarget> targets,
            @Nullable List<Threshold> thresholds,
            @Nullable Boolean active,
            @Nullable Long version) {

        SavePolicy command() {
            return new SavePolicy(
                    name,
                    organisationId,
                    type,
                    priority,
                    categoryId,
                    calendarId,
                    pauseOn,
                    targets,
                    thresholds,
                    active == null || active);
        }
    }

    /** A contract as sent by a client; {@code services} are category ids, comma separated (blank: all). */
    record ContractRequest(
            @Nullable Long organisationId,
            @Nullable String name,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String services,
            @Nullable Long policyId,
            @Nullable Long calendarId,
            @Nullable Long version) {

        SaveContract command() {
            return new SaveContract(organisationId, name, validFrom, validTo, services, policyId, calendarId);
        }
    }

    @GetMapping("/policies")
    @Operation(summary = "All policies in evaluation order")
    List<PolicyView> policies() {
        return policies.list();
    }

    @GetMapping("/policies/{id}")
    @Operation(summary = "One policy")
    PolicyView policy(@PathVariable long id) {
        return policies.find(id);
    }

    @PostMapping("/policies")
    @Operation(summary = "Add a policy at the end of the order")
    ResponseEntity<PolicyView> createPolicy(Actor actor, @RequestBody PolicyRequest request) {
        PolicyView created = policies.create(request.command(), actor);
        return ResponseEntity.created(URI.create("/api/v1/sla/policies/" + created.id()))
                .body(created);
    }

    @PutMapping("/policies/{id}")
    @Operation(summary = "Change a policy; send the version you read, else 409")
    PolicyView updatePolicy(Actor actor, @PathVariable long id, @RequestBody PolicyRequest request) {
        return policies.update(id, request.command(), request.version(), actor);
    }

    @DeleteMapping("/policies/{id}")
    @Operation(summary = "Delete a policy no contract uses")
    ResponseEntity<Void> deletePolicy(Actor actor, @PathVariable long id) {
        policies.delete(id, actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contracts")
    @Operation(summary = "Contracts, optionally of one organisation")
    List<ContractView> contracts(@RequestParam(required = false) @Nullable Long organisationId) {
        return contracts.list(organisationId);
    }

    @GetMapping("/contracts/{id}")
    @Operation(summary = "One contract")
    ContractView contract(@PathVariable long id) {
        return contracts.find(id);
    }

    @PostMapping("/contracts")
    @Operation(summary = "Create a contract")
    ResponseEntity<ContractView> createContract(Actor actor, @RequestBody ContractRequest request) {
        ContractView created = contracts.create(request.command(), actor);
        return ResponseEntity.created(URI.create("/api/v1/sla/contracts/" + created.id()))
                .body(created);
    }

    @PutMapping("/contracts/{id}")
    @Operation(summary = "Change a contract; send the version you read, else 409")
    ContractView updateContract(Actor actor, @PathVariable long id, @RequestBody ContractRequest request) {
        return contracts.update(id, request.command(), request.version(), actor);
    }

    @DeleteMapping("/contracts/{id}")
    @Operation(summary = "Delete a contract")
    ResponseEntity<Void> deleteContract(Actor actor, @PathVariable long id) {
        contracts.delete(id, actor);
        return ResponseEntity.noContent().build();
    }
}
