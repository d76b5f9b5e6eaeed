package dev.keel.ticket.web;

import dev.keel.shared.Actor;
import dev.keel.ticket.Impact;
import dev.keel.ticket.Priority;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.PriorityRules;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The impact × urgency → priority grid. Each select is named {@code IMPACT.URGENCY}; the grid is saved
 * whole, or not at all when a cell holds something that is not a priority.
 */
@Controller
@RequestMapping("/admin/priority-matrix")
class PriorityMatrixController {

    private final PriorityRules rules;

    PriorityMatrixController(PriorityRules rules) {
        this.rules = rules;
    }

    @GetMapping
    String show(Model model) {
        return page(rules.table(), model);
    }

    @PostMapping
    String save(
            @RequestParam Map<String, String> params,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<Impact, Map<Urgency, Priority>> table = new EnumMap<>(Impact.class);
        boolean invalid = false;
        for (Impact impact : Impact.values()) {
            Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
            for (Urgency urgency : Urgency.values()) {
                String value = params.get(impact + "." + urgency);
                if (value == null) {
                    continue;
                }
                try {
                    row.put(urgency, Priority.valueOf(value));
                } catch (IllegalArgumentException e) {
                    invalid = true;
                }
            }
            table.put(impact, row);
        }
        if (invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", "ticket.matrix.invalid");
            return page(rules.table(), model);
        }
        int changed = rules.save(table, actor);
        redirect.addFlashAttribute("changed", changed);
        return "redirect:/admin/priority-matrix";
    }

    private static String page(Map<Impact, Map<Urgency, Priority>> table, Model model) {
        model.addAttribute("table", table);
        model.addAttribute("impacts", Impact.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("priorities", Priority.values());
        return "ticket/admin/priority-matrix";
    }
}
