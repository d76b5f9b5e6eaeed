package dev.keel.ticket.web;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.domain.Categories;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

/** Console pages for the category tree: list with a create form, edit, deactivate. */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController {

    private static final long NO_GROUP = -1;

    private final Categories categories;
    private final UserDirectory directory;

    CategoryAdminController(Categories categories, UserDirectory directory) {
        this.categories = categories;
        this.directory = directory;
    }

    /** The default group is entered by its code (e.g. {@code SD}). */
    record CategoryForm(
            @Nullable Long parentId,
            @Nullable String code,
            @Nullable String nameEn,
            @Nullable String nameZh,
            @Nullable String defaultGroup,
            @Nullable TicketType defaultType,
            @Nullable String formHintEn,
            @Nullable String formHintZh,
            @Nullable Integer sortOrder,
            @Nullable Long version) {

        static CategoryForm empty() {
            return new CategoryForm(null, null, null, null, null, null, null, null, 0, null);
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", CategoryForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") @Nullable CategoryForm posted,
            BindingResult bound,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CategoryForm form = posted == null ? CategoryForm.empty() : posted;
        BindingResult result = Forms.usable(bound, form, "form", model);
        Long groupId = groupId(form);
        if (!result.hasErrors()) {
            try {
                CategoryView created = categories.create(draft(form, groupId, true), actor);
                redirect.addFlashAttribute("notice", "ticket.category.created");
                return "redirect:/admin/categories/" + created.id();
            } catch (DomainException e) {
                apply(e, result);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return listPage(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CategoryView category = categories.find(id);
        model.addAttribute(
                "form",
                new CategoryForm(
                        category.parentId(),
                        category.code(),
                        category.nameEn(),
                        category.nameZh(),
                        groupCode(category.defaultGroupId()),
                        category.defaultType(),
                        category.formHintEn(),
                        category.formHintZh(),
                        category.sortOrder(),
                        category.version()));
        return editPage(category, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") @Nullable CategoryForm posted,
            BindingResult bound,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CategoryView category = categories.find(id);
        CategoryForm form = posted == null ? CategoryForm.empty() : posted;
        BindingResult result = Forms.usable(bound, form, "form", model);
        Long groupId = groupId(form);
        if (!result.hasErrors()) {
            try {
                // a form without its version cannot prove it saw the current state
                long version = form.version() == null ? -1 : form.version();
                categories.update(id, draft(form, groupId, category.active()), version, actor);
                redirect.addFlashAttribute("notice", "admin.saved");
                return "redirect:/admin/categories/" + id;
            } catch (DomainException e) {
                apply(e, result);
                response.setStatus(status(e).value());
                return editPage(category, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return editPage(category, model);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
        categories.deactivate(id, version, actor);
        redirect.addFlashAttribute("notice", "ticket.category.deactivated");
        return "redirect:/admin/categories/" + id;
    }

    private String listPage(Model model) {
        List<CategoryView> tree = categories.tree();
        model.addAttribute("tree", tree);
        model.addAttribute("groupCodes", groupCodes(tree));
        model.addAttribute("types", TicketType.values());
        return "ticket/admin/categories";
    }

    private String editPage(CategoryView category, Model model) {
        model.addAttribute("category", category);
        model.addAttribute("types", TicketType.values());
        model.addAttribute("parent", category.parentId() == null ? null : categories.find(category.parentId()));
        return "ticket/admin/category-edit";
    }

    /** The group's id; an unknown code becomes an id no group has, so the domain reports it with the rest. */
    private @Nullable Long groupId(CategoryForm form) {
        String code = form.defaultGroup() == null ? "" : form.defaultGroup().strip();
        if (code.isEmpty()) {
            return null;
        }
        return directory.findGroup(code).map(GroupSummary::id).orElse(NO_GROUP);
    }

    /** The domain speaks of the group's id, the form of its code. */
    private static void apply(DomainException e, BindingResult result) {
        FormErrors.apply(Forms.renamed(e, "defaultGroupId", "defaultGroup"), result);
    }

    private static Categories.Draft draft(CategoryForm form, @Nullable Long groupId, boolean active) {
        return new Categories.Draft(
                form.parentId(),
                form.code(),
                form.nameEn(),
                form.nameZh(),
                groupId,
                form.defaultType(),
                form.formHintEn(),
                form.formHintZh(),
                form.sortOrder() == null ? 0 : form.sortOrder(),
                active);
    }

    private Map<Long, String> groupCodes(List<CategoryView> tree) {
        Map<Long, String> codes = new HashMap<>();
        for (CategoryView c : tree) {
            if (c.defaultGroupId() != null) {
                codes.computeIfAbsent(c.defaultGroupId(), this::groupCode);
            }
        }
        return codes;
    }

    private @Nullable String groupCode(@Nullable Long groupId) {
        return groupId == null
                ? null
                : directory.findGroup(groupId).map(GroupSummary::code).orElse(null);
    }

    private static HttpStatus status(DomainException e) {
        return e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
