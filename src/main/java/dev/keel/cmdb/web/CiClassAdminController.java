package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.AttributeKind;
import dev.keel.cmdb.domain.CiClass;
import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.RelationTypes;
import dev.keel.cmdb.domain.Texts;
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

/** The console's class editor: CI classes, their typed attributes, and the relation types (read). */
@Controller
@RequestMapping("/admin/cmdb/classes")
@PreAuthorize("hasAuthority('admin:config')")
class CiClassAdminController {

    private final CiClasses classes;
    private final RelationTypes types;
    private final MessageSource messages;

    CiClassAdminController(CiClasses classes, RelationTypes types, MessageSource messages) {
        this.classes = classes;
        this.types = types;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("classes", classes.all());
        model.addAttribute("types", types.all());
        return "cmdb/classes";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return classForm(
                null, Map.of("code", "", "nameZh", "", "nameEn", "", "helpZh", "", "helpEn", ""), Map.of(), model);
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> params, Actor actor, Locale locale, Model model) {
        Map<String, String> form = params.toSingleValueMap();
        try {
            CiClass created = classes.create(form.get("code"), texts(form), actor);
            return "redirect:/admin/cmdb/classes/" + created.id();
        } catch (DomainException e) {
            return classForm(null, form, FieldErrors.of(e, messages, locale), model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CiClass c = classes.find(id);
        return classForm(c, fieldsOf(c), Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        try {
            classes.update(id, texts(form), !"false".equals(form.get("active")), version(form), actor);
            redirect.addFlashAttribute("notice", "cmdb.class.saved");
            return "redirect:/admin/cmdb/classes/" + id;
        } catch (DomainException e) {
            return classForm(classes.find(id), form, FieldErrors.of(e, messages, locale), model);
        }
    }

    @PostMapping("/{id}/attributes")
    String addAttribute(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        try {
            classes.addAttribute(
                    id,
                    new CiClasses.AttributeDraft(
                            form.get("code"),
                            form.get("kind"),
                            form.get("nameZh"),
                            form.get("nameEn"),
                            form.get("helpZh"),
                            form.get("helpEn"),
                            form.containsKey("required"),
                            form.containsKey("unique"),
                            form.get("choices"),
                            null),
                    version(form),
                    actor);
            redirect.addFlashAttribute("notice", "cmdb.attribute.saved");
            return "redirect:/admin/cmdb/classes/" + id;
        } catch (DomainException e) {
            CiClass c = classes.find(id);
            model.addAttribute("attributeForm", form);
            model.addAttribute("attributeErrors", FieldErrors.of(e, messages, locale));
            return classForm(c, fieldsOf(c), Map.of(), model);
        }
    }

    /** The form fields of an existing class, for the edit form. */
    private static Map<String, String> fieldsOf(CiClass c) {
        return Map.of(
                "code",
                c.code(),
                "nameZh",
                c.nameZh(),
                "nameEn",
                c.nameEn(),
                "helpZh",
                c.helpZh(),
                "helpEn",
                c.helpEn());
    }

    private String classForm(
            @Nullable CiClass ciClass, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("ciClass", ciClass);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", AttributeKind.values());
        if (!model.containsAttribute("attributeForm")) {
            model.addAttribute("attributeForm", Map.of());
            model.addAttribute("attributeErrors", Map.of());
        }
        return "cmdb/class-edit";
    }

    private static Texts texts(Map<String, String> form) {
        return Texts.of(form.get("nameZh"), form.get("nameEn"), form.get("helpZh"), form.get("helpEn"));
    }

    private static @Nullable Long version(Map<String, String> form) {
        String v = form.getOrDefault("version", "");
        return v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    }
}
