package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleCategories;
import dev.keel.knowledge.domain.KnowledgeCategory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.web.FormErrors;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The category tree page of the workspace: list, create, edit (rename, move, reorder), retire and
 * restore. For knowledge reviewers and configuration administrators.
 */
@Controller
@RequestMapping("/workspace/kb/categories")
@PreAuthorize("hasAnyAuthority('knowledge:review', 'admin:config')")
class KnowledgeCategoryAdminController {

    private static final String LIST = "redirect:/workspace/kb/categories";

    private final ArticleCategories categories;

    KnowledgeCategoryAdminController(ArticleCategories categories) {
        this.categories = categories;
    }

    @GetMapping
    String list(Locale locale, Model model) {
        model.addAttribute("categories", categories.tree(locale));
        return "knowledge/workspace/categories";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) @Nullable Long parentId, Locale locale, Model model) {
        model.addAttribute("form", CategoryForm.empty(parentId));
        return editPage(null, locale, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CategoryForm form,
            BindingResult result,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return editPage(null, locale, model);
        }
        try {
            categories.create(form.change(), actor);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editPage(null, locale, model);
        }
        redirect.addFlashAttribute("notice", "knowledge.category.saved");
        return LIST;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        KnowledgeCategory category = categories.find(id);
        model.addAttribute("form", CategoryForm.of(category));
        return editPage(category, locale, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CategoryForm form,
            BindingResult result,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        KnowledgeCategory category = categories.find(id);
        if (result.hasErrors()) {
            return editPage(category, locale, model);
        }
        try {
            categories.update(id, form.change(), form.version(), actor);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.apply(e, result);
            return editPage(category, locale, model);
        }
        redirect.addFlashAttribute("notice", "knowledge.category.saved");
        return LIST;
    }

    /** Retire ({@code active=false}) or restore ({@code active=true}) from the list. */
    @PostMapping("/{id}/active")
    String activate(
            @PathVariable long id,
            @RequestParam boolean active,
            @RequestParam(required = false) @Nullable Long version,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            categories.update(id, new ArticleCategories.Change(null, null, null, false, null, active), version, actor);
            redirect.addFlashAttribute(
                    "notice", active ? "knowledge.category.restoredNotice" : "knowledge.category.retiredNotice");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute(
                    "problem",
                    e.kind() == DomainException.Kind.CONFLICT ? e.messageKey() : "knowledge.category.error.invalid");
        }
        return LIST;
    }

    /** Moves a category one place up or down among its siblings (swaps the sort orders). */
    @PostMapping("/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam String direction,
            Actor actor,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            categories.shift(id, "up".equals(direction) ? -1 : 1, actor);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("problem", "knowledge.category.error.invalid");
        }
        return LIST;
    }

    private String editPage(@Nullable KnowledgeCategory category, Locale locale, Model model) {
        model.addAttribute("category", category);
        model.addAttribute(
                "parents",
                categories.tree(locale).stream()
                        .filter(n -> n.usable() && (category == null || n.id() != category.id()))
                        .toList());
        return "knowledge/workspace/category-edit";
    }
}
