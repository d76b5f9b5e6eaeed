package dev.keel.routing.api;

import dev.keel.routing.SaveRoutingRule;
import dev.keel.routing.domain.RoutingRuleView;
import dev.keel.routing.domain.RoutingRules;
import dev.keel.shared.Actor;
import dev.keel.ticket.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/routing/rules")
@PreAuthorize("hasAuthority('admin:config')")
@Tag(name = "Routing", description = "Rules that put new tickets in a group's queue, evaluated in order")
class RoutingApiController {

    private final RoutingRules rules;

    RoutingApiController(RoutingRules rules) {
        this.rules = rules;
    }

    /** A rule as sent by a client; {@code version} is required on update (optimistic locking). */
    record RoutingRuleRequest(
            @Nullable String name,
            @Nullable Long categoryId,
            @Nullable Long organisationId,
            @Nullable Channel channel,
            @Nullable String keywords,
            @Nullable Long targetGroupId,
            @Nullable Boolean active,
            @Nullable Long version) {

        SaveRoutingRule command() {
            return new SaveRoutingRule(
                    name, categoryId, organisationId, channel, keywords, targetGroupId, active == null || active);
        }
    }

    @GetMapping
    @Operation(summary = "All rules in evaluation order")
    List<RoutingRuleView> list() {
        return rules.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule")
    RoutingRuleView find(@PathVariable long id) {
        return rules.find(id);
    }

    @PostMapping
    @Operation(summary = "Add a rule at the end of the order")
    ResponseEntity<RoutingRuleView> create(@RequestBody RoutingRuleRequest request, Actor actor) {
        RoutingRuleView rule = rules.create(request.command(), actor);
        return ResponseEntity.created(URI.create("/api/v1/routing/rules/" + rule.id()))
                .body(rule);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a rule; send the version you read, else 409")
    RoutingRuleView update(@PathVariable long id, @RequestBody RoutingRuleRequest request, Actor actor) {
        return rules.update(id, request.command(), request.version(), actor);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a rule")
    ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
        rules.delete(id, actor);
        return ResponseEntity.noContent().build();
    }
}
