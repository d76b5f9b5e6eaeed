package dev.keel.cmdb.web;

import dev.keel.cmdb.CiStatus;
import dev.keel.cmdb.domain.CiClass;
import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.CiEnvironment;
import dev.keel.cmdb.domain.CiHistory;
import dev.keel.cmdb.domain.CiLifecycle;
import dev.keel.cmdb.domain.CiTicketLinks;
import dev.keel.cmdb.domain.ConfigurationItem;
import dev.keel.cmdb.domain.ConfigurationItems;
import dev.keel.cmdb.domain.Criticality;
import dev.keel.cmdb.domain.ImpactAnalysis;
import dev.keel.cmdb.domain.RelationTypes;
import dev.keel.cmdb.domain.Relations;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.shared.Keyset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The agents' CMDB pages: the CI list, a CI with its relations, graph, tickets and history, and the forms. */
@Controller
@RequestMapping("/workspace/cmdb")
class CiWebController {

    static final int GRAPH_DEPTH = 3;

    private final ConfigurationItems items;
    private final CiClasses classes;
    private final CiHistory history;
    private final Relations relations;
    private final RelationTypes types;
    private final ImpactAnalysis analysis;
    private final CiTicketLinks links;
    private final UserDirectory directory;
    private final MessageSource messages;
    private final JsonMapper json;

    CiWebController(
            ConfigurationItems items,
            CiClasses classes,
            CiHistory history,
            Relations relations,
            RelationTypes types,
            ImpactAnalysis analysis,
            CiTicketLinks links,
            UserDirectory directory,
            MessageSource messages,
            JsonMapper json) {
        this.items = items;
        this.classes = classes;
        this.history = history;
        this.relations = relations;
        this.types = types;
        this.analysis = analysis;
        this.links = links;
        this.directory = directory;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable Long classId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Long groupId,
            @RequestParam(required = false) @Nullable Long organisationId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String attribute,
            @RequestParam(required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String cursor,
            Locale locale,
            Authentication authentication,
            Model model) {
        model.addAttribute(
                "canImport",
                authentication.getAuthorities().stream().anyMatch(a -> "admin:config".equals(a.getAuthority())));
        CiStatus parsedStatus = parseStatus(status);
        var filter = new ConfigurationItems.Filter(classId, parsedStatus, groupId, organisationId, q, attribute, value);
        Keyset.Page<ConfigurationItem> page;
        try {
            page = items.list(filter, Keyset.PageRequest.of(cursor, Keyset.DEFAULT_LIMIT));
        } catch (DomainException e) {
            page = new Keyset.Page<>(List.of(), null);
            model.addAttribute("errors", FieldErrors.of(e, messages, locale));
        }
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("statusText", status == null ? "" : status);
        model.addAttribute(
                "classNames",
                classes.all().stream().collect(java.util.stream.Collectors.toMap(CiClass::id, c -> c.name(locale))));
        addChoices(model);
        return "cmdb/list";
    }

    @GetMapping("/cis/new")
    String newForm(@RequestParam(defaultValue = "server") String classCode, Model model) {
        CiClass ciClass =
                classes.findByCode(classCode).orElseGet(() -> classes.all().get(0));
        return form(CiForm.empty(ciClass.code()), ciClass, null, Map.of(), model);
    }

    @PostMapping("/cis")
    String create(@RequestParam MultiValueMap<String, String> params, Actor actor, Locale locale, Model model) {
        CiForm form = CiForm.from(params);
        try {
            var ci = items.create(form.draft(), actor);
            return "redirect:/workspace/cmdb/cis/" + ci.id();
        } catch (DomainException e) {
            CiClass ciClass = classes.findByCode(form.classCode())
                    .orElseGet(() -> classes.all().get(0));
            return form(form, ciClass, null, errors(e, form, locale), model);
        }
    }

    @GetMapping("/cis/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean failed,
            Authentication authentication,
            Locale locale,
            Model model) {
        ConfigurationItem ci = items.find(id);
        CiClass ciClass = classes.find(ci.classId());
        var upwards = analysis.impact(List.of(id), GRAPH_DEPTH);
        var graph = CiGraph.of(id, analysis.dependencies(id, GRAPH_DEPTH), upwards, failed, types.all(), locale);
        model.addAttribute("ci", ci);
        model.addAttribute("ciClass", ciClass);
        model.addAttribute("form", CiForm.of(ci, ciClass));
        model.addAttribute("failed", failed);
        model.addAttribute("impact", upwards);
        model.addAttribute("graph", graph);
        model.addAttribute("graphJson", json.writeValueAsString(graph));
        model.addAttribute("outgoing", relations.outgoing(id));
        model.addAttribute("incoming", relations.incoming(id));
        model.addAttribute("names", new CiNames(items));
        model.addAttribute("types", types.all());
        model.addAttribute("history", history.of(id));
        model.addAttribute("relationHistory", relations.history(id));
        model.addAttribute("tickets", links.ticketsOf(id, userId(authentication)));
        model.addAttribute("next", CiLifecycle.next(ci.status()));
        model.addAttribute(
                "owner",
                ci.ownerId() == null
                        ? ""
                        : directory
                                .findUser(ci.ownerId())
                                .map(u -> u.displayName())
                                .orElse(""));
        model.addAttribute(
                "group",
                ci.supportGroupId() == null
                        ? ""
                        : directory
                                .findGroup(ci.supportGroupId())
                                .map(g -> g.name())
                                .orElse(""));
        model.addAttribute(
                "organisation",
                ci.organisationId() == null
                        ? ""
                        : directory
                                .findOrganisation(ci.organisationId())
                                .map(o -> o.name())
                                .orElse(""));
        return "cmdb/ci";
    }

    @GetMapping("/cis/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ConfigurationItem ci = items.find(id);
        CiClass ciClass = classes.find(ci.classId());
        return form(CiForm.of(ci, ciClass), ciClass, ci, Map.of(), model);
    }

    @PostMapping("/cis/{id}")
    String update(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Actor actor,
            Locale locale,
            Model model) {
        ConfigurationItem ci = items.find(id);
        CiClass ciClass = classes.find(ci.classId());
        CiForm form = CiForm.from(params);
        try {
            items.update(id, form.draft(), form.version(), actor);
            return "redirect:/workspace/cmdb/cis/" + id;
        } catch (DomainException e) {
            return form(form, ciClass, ci, errors(e, form, locale), model);
        }
    }

    @PostMapping("/cis/{id}/relations")
    String addRelation(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "out") String direction,
            @RequestParam(defaultValue = "") String other,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        Long otherId = other.strip().matches("\\d{1,18}") ? Long.valueOf(other.strip()) : null;
        try {
            if ("in".equals(direction)) {
                relations.add(type, otherId, id, actor);
            } else {
                relations.add(type, id, otherId, actor);
            }
            redirect.addFlashAttribute("notice", "cmdb.relation.added");
        } catch (DomainException e) {
            redirect.addFlashAttribute("relationErrors", FieldErrors.of(e, messages, locale));
        }
        return "redirect:/workspace/cmdb/cis/" + id + "#relations";
    }

    @PostMapping("/cis/{id}/relations/{relationId}/remove")
    String removeRelation(
            @PathVariable long id, @PathVariable long relationId, Actor actor, RedirectAttributes redirect) {
        relations.remove(relationId, actor);
        redirect.addFlashAttribute("notice", "cmdb.relation.removed");
        return "redirect:/workspace/cmdb/cis/" + id + "#relations";
    }

    private String form(
            CiForm form, CiClass ciClass, @Nullable ConfigurationItem ci, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("ciClass", ciClass);
        model.addAttribute("ci", ci);
        model.addAttribute("errors", errors);
        addChoices(model);
        return "cmdb/edit";
    }

    private Map<String, String> errors(DomainException e, CiForm form, Locale locale) {
        Map<String, String> errors = new java.util.LinkedHashMap<>(FieldErrors.of(e, messages, locale));
        for (String field : List.of("ownerId", "supportGroupId", "organisationId", "minHealthyMembers")) {
            if (form.badNumber(field)) {
                errors.putIfAbsent(field, messages.getMessage("cmdb.validation.attribute.number", null, locale));
            }
        }
        return errors;
    }

    private void addChoices(Model model) {
        model.addAttribute("classes", classes.all());
        model.addAttribute("statuses", CiStatus.values());
        model.addAttribute("environments", CiEnvironment.values());
        model.addAttribute("criticalities", Criticality.values());
        model.addAttribute("groups", directory.groups());
        model.addAttribute("organisations", directory.organisations());
    }

    private static @Nullable CiStatus parseStatus(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return CiStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static long userId(Authentication authentication) {
        if (authentication.getPrincipal() instanceof KeelPrincipal p) {
            return p.userId();
        }
        throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "error.forbidden");
    }
}
