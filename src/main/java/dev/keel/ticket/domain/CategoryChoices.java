package dev.keel.ticket.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The categories agents may pick on forms and filters, named in the viewer's language. */
@Component
public class CategoryChoices {

    private final CategoryRepository categories;

    CategoryChoices(CategoryRepository categories) {
        this.categories = categories;
    }

    /** A category as a form option. */
    public record Choice(long id, String code, String name) {}

    @Transactional(readOnly = true)
    public List<Choice> active(Locale locale) {
        return categories.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(Category::active)
                .map(c -> new Choice(c.id(), c.code(), c.name(locale)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Choice> find(long id, Locale locale) {
        return categories.findById(id).map(c -> new Choice(c.id(), c.code(), c.name(locale)));
    }
}
