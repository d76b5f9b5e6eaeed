package dev.keel.sla.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.DomainException.FieldProblem;
import dev.keel.sla.ContractView;
import dev.keel.sla.SlaConfigurationChanged;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers' contracts: which policy and calendar their tickets get while a contract is in force. */
@Service
@Transactional
public class Contracts {

    private static final String COLUMNS =
            "id, organisation_id, name, valid_from, valid_to, services, policy_id, calendar_id, version";

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final Policies policies;
    private final Calendars calendars;
    private final TicketManagement tickets;
    private final ApplicationEventPublisher events;

    Contracts(
            JdbcClient jdbc,
            UserDirectory directory,
            Policies policies,
            Calendars calendars,
            TicketManagement tickets,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policies = policies;
        this.calendars = calendars;
        this.tickets = tickets;
        this.events = events;
    }

    private void audit(String action, Actor actor, ContractView c) {
        events.publishEvent(new SlaConfigurationChanged(
                action,
                actor.name(),
                actor.remoteAddress(),
                "sla-contract:" + c.id(),
                "organisation=" + c.organisationId() + " name=" + c.name() + " valid=" + c.validFrom() + ".."
                        + c.validTo() + " policy=" + c.policyId() + " calendar=" + c.calendarId() + " services="
                        + c.services()));
    }

    @Transactional(readOnly = true)
    public List<ContractView> list(@Nullable Long organisationId) {
        if (organisationId == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM sla_contract ORDER BY organisation_id, valid_from, id")
                    .query((rs, i) -> view(rs))
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_contract WHERE organisation_id = ? ORDER BY valid_from, id")
                .param(organisationId)
                .query((rs, i) -> view(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public ContractView find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_contract WHERE id = ?")
                .param(id)
                .query((rs, i) -> view(rs))
                .optional()
                .orElseThrow(() -> SlaErrors.notFound("contract " + id));
    }

    /**
     * The contract in force for the ticket on {@code day}: its organisation's, valid that day, covering
     * its category; the one that started last wins.
     */
    @Transactional(readOnly = true)
    public Optional<ContractView> inForce(TicketView ticket, LocalDate day) {
        if (ticket.organisationId() == null) {
            return Optional.empty();
        }
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM sla_contract WHERE organisation_id = ? AND valid_from <= ?"
                        + " AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC, id DESC")
                .param(ticket.organisationId())
                .param(day)
                .param(day)
                .query((rs, i) -> view(rs))
                .list()
                .stream()
                .filter(c -> covers(c, ticket.categoryId()))
                .findFirst();
    }

    static boolean covers(ContractView contract, @Nullable Long categoryId) {
        Set<Long> ids = categoryIds(contract.services());
        return ids.isEmpty() || (categoryId != null && ids.contains(categoryId));
    }

    static Set<Long> categoryIds(String services) {
        if (services.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(services.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Long::parseLong)
                .collect(Collectors.toSet());
    }

    public ContractView create(SaveContract command, Actor actor) {
        String services = check(command);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sla_contract (organisation_id, name, valid_from, valid_to, services, policy_id,"
                        + " calendar_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                .param(command.organisationId())
                .param(command.name().strip())
                .param(command.validFrom())
                .param(command.validTo())
                .param(services)
                .param(command.policyId())
                .param(command.calendarId())
                .update(keys, "id");
        ContractView created = find(keys.getKeyAs(Number.class).longValue());
        audit("service-level.contract-created", actor, created);
        return created;
    }

    public ContractView update(long id, SaveContract command, @Nullable Long expectedVersion, Actor actor) {
        find(id);
        if (expectedVersion == null) {
            throw SlaErrors.invalid("version", "sla.validation.version");
        }
        String services = check(command);
        int updated = jdbc.sql("UPDATE sla_contract SET organisation_id = ?, name = ?, valid_from = ?, valid_to = ?,"
                        + " services = ?, policy_id = ?, calendar_id = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .param(command.organisationId())
                .param(command.name().strip())
                .param(command.validFrom())
                .param(command.validTo())
                .param(services)
                .param(command.policyId())
                .param(command.calendarId())
                .param(id)
                .param(expectedVersion)
                .update();
        if (updated == 0) {
            throw SlaErrors.stale();
        }
        ContractView changed = find(id);
        audit("service-level.contract-changed", actor, changed);
        return changed;
    }

    public void delete(long id, Actor actor) {
        ContractView contract = find(id);
        jdbc.sql("DELETE FROM sla_contract WHERE id = ?").param(id).update();
        audit("service-level.contract-deleted", actor, contract);
    }

    private String check(SaveContract c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.organisationId() == null
                || directory.findOrganisation(c.organisationId()).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "sla.validation.organisation"));
        }
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "validation.required"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("name", "validation.tooLong", 100));
        }
        if (c.validFrom() == null) {
            problems.add(new FieldProblem("validFrom", "validation.required"));
        } else if (outOfRange(c.validFrom())) {
            problems.add(new FieldProblem(
                    "validFrom",
                    "sla.validation.dateRange",
                    BusinessCalendar.FIRST.getYear(),
                    BusinessCalendar.LAST.getYear()));
        }
        if (c.validTo() != null && outOfRange(c.validTo())) {
            problems.add(new FieldProblem(
                    "validTo",
                    "sla.validation.dateRange",
                    BusinessCalendar.FIRST.getYear(),
                    BusinessCalendar.LAST.getYear()));
        } else if (c.validTo() != null && c.validFrom() != null && c.validTo().isBefore(c.validFrom())) {
            problems.add(new FieldProblem("validTo", "sla.validation.validTo"));
        }
        if (c.policyId() == null || policies.findOptional(c.policyId()).isEmpty()) {
            problems.add(new FieldProblem("policyId", "sla.validation.policy"));
        }
        if (c.calendarId() != null && !calendars.exists(c.calendarId())) {
            problems.add(new FieldProblem("calendarId", "sla.validation.calendar"));
        }
        String services = c.services() == null ? "" : c.services().strip();
        try {
            Set<Long> ids = categoryIds(services);
            for (Long id : ids) {
                if (!tickets.categoryExists(id)) {
                    problems.add(new FieldProblem("services", "sla.validation.category"));
                    break;
                }
            }
            services = ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("services", "sla.validation.services"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
        return services;
    }

    private static boolean outOfRange(LocalDate d) {
        return d.isBefore(BusinessCalendar.FIRST) || d.isAfter(BusinessCalendar.LAST);
    }

    private static ContractView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ContractView(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("services"),
                rs.getLong("policy_id"),
                rs.getObject("calendar_id", Long.class),
                rs.getLong("version"));
    }
}
