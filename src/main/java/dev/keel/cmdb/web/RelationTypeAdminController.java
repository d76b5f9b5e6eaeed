package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.RelationType;
import dev.keel.cmdb.domain.RelationTypes;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's relation type editor: create a type, and change the names of both directions in both
 * languages, whether it refuses cycles and how a failure travels along it. Every change is audited.
 */
@Controller
@RequestMapping("/admin/cmdb/relation-types")
@PreAuthorize("hasAuthority('admin:config')")
class RelationTypeAdminController {

    private final RelationTypes types;
    private final MessageSource messages;

    RelationTypeAdminController(RelationTypes types, MessageSource messages) {
        this.types = types;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(
                null,
                Map.of(
                        "code", "",
                        "outgoingZh", "",
                        "outgoingEn", "",
                        "incomingZh", "",
                        "incomingEn", "",
                        "propagation", RelationType.Propagation.NONE.name()),
                Map.of(),
                model);
    }

    @PostMapping
    String create(
            @RequestParam MultiValueMap<String, String> params,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        try {
            RelationType created = types.create(draft(form, form.get("code")), actor);
            redirect.addFlashAttribute("notice", "cmdb.relationType.saved");
            return "redirect:/admin/cmdb/relation-types/" + created.id();
        } catch (DomainException e) {
            return form(null, form, FieldErrors.of(e, messages, locale), model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        RelationType type = types.find(id);
        return form(type, fieldsOf(type), Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        RelationType type = types.find(id);
        Map<String, String> form = params.toSingleValueMap();
        try {
            types.update(id, draft(form, type.code()), version(form), actor);
            redirect.addFlashAttribute("notice", "cmdb.relationType.saved");
            return "redirect:/admin/cmdb/relation-types/" + id;
        } catch (DomainException e) {
            return form(type, form, FieldErrors.of(e, messages, locale), model);
        }
    }

    private static RelationTypes.Draft draft(Map<String, String> form, @Nullable String code) {
        return new RelationTypes.Draft(
                code,
                form.get("outgoingZh"),
                form.get("outgoingEn"),
                form.get("incomingZh"),
                form.get("incomingEn"),
                "true".equals(form.get("acyclic")),
                form.get("propagation"));
    }

    private static Map<String, String> fieldsOf(RelationType t) {
        return Map.of(
                "code", t.code(),
                "outgoingZh", t.outgoingZh(),
                "outgoingEn", t.outgoingEn(),
                "incomingZh", t.incomingZh(),
                "incomingEn", t.incomingEn(),
                "acyclic", Boolean.toString(t.acyclic()),
                "propagation", t.propagation().name());
    }

    private String form(
            @Nullable RelationType type, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("propagations", RelationType.Propagation.values());
        return "cmdb/relation-type-edit";
    }

    private static @Nullable Long version(Map<String, String> form) {
        String v = form.getOrDefault("version", "");
        return v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    }
}
