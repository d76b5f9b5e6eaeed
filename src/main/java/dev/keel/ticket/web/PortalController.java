package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Categories;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketRow;
import dev.keel.ticket.domain.TicketSubmissions;
import dev.keel.ticket.domain.TicketViewers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The requester portal: my (or my organisation's) tickets, and the form for a new request. */
@Controller
@RequestMapping("/portal")
class PortalController {

    static final int PAGE_SIZE = 20;

    private final TicketQueries queries;
    private final TicketViewers viewers;
    private final Categories categories;
    private final TicketAttachments attachments;
    private final TicketSubmissions submissions;
    private final SignedInUsers signedIn;

    PortalController(
            TicketQueries queries,
            TicketViewers viewers,
            Categories categories,
            TicketAttachments attachments,
            TicketSubmissions submissions,
            SignedInUsers signedIn) {
        this.queries = queries;
        this.viewers = viewers;
        this.categories = categories;
        this.attachments = attachments;
        this.submissions = submissions;
        this.signedIn = signedIn;
    }

    /** A new request as the requester describes it; urgency and impact are asked in plain words. */
    record RequestForm(
            @Nullable Long categoryId,
            @Nullable String title,
            @Nullable String description,
            @Nullable Urgency urgency,
            @Nullable Impact impact) {}

    @GetMapping
    String tickets(
            @RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) @Nullable String cursor,
            Authentication authentication,
            Locale locale,
            Model model) {
        TicketViewer viewer = viewers.of(signedIn.idOf(authentication));
        boolean organisationTab = viewer.organisationVisibility() && viewer.organisationId() != null;
        boolean organisation = organisationTab && scope.equals("organisation");
        TicketFilter filter = organisation
                ? byOrganisation(viewer.organisationId())
                : TicketFilter.all().withRequester(viewer.userId());
        Page<TicketRow> page =
                queries.page(filter, viewer, TicketFilter.Sort.RECENTLY_UPDATED, PageRequest.of(cursor, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("scope", organisation ? "organisation" : "mine");
        model.addAttribute("organisationTab", organisationTab);
        model.addAttribute("categoryNames", categoryNames(locale));
        return "ticket/portal/tickets";
    }

    @GetMapping("/tickets/new")
    String newRequest(Model model) {
        model.addAttribute("form", new RequestForm(null, null, null, Urgency.MEDIUM, Impact.MINOR));
        return formPage(model);
    }

    @PostMapping("/tickets/new")
    String submit(
            @ModelAttribute("form") @Nullable RequestForm posted,
            BindingResult bound,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long me = signedIn.idOf(authentication);
        RequestForm form = posted == null ? new RequestForm(null, null, null, null, null) : posted;
        BindingResult result = Forms.usable(bound, form, "form", model);
        List<TicketAttachments.Upload> uploads = Uploads.of(files);
        check(form, result);
        try {
            attachments.check(uploads);
            if (!result.hasErrors()) {
                OpenTicket command = new OpenTicket(
                        null,
                        form.title() == null ? "" : form.title(),
                        form.description() == null ? "" : form.description(),
                        Channel.PORTAL,
                        form.categoryId(),
                        form.impact(),
                        form.urgency(),
                        me);
                TicketView opened = submissions.open(command, me, uploads);
                redirect.addFlashAttribute("submitted", opened.number());
                return "redirect:/portal/tickets/" + opened.id();
            }
        } catch (DomainException e) {
            Uploads.apply(e, result, model);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return formPage(model);
    }

    /** Finds every missing field at once, so that the requester fixes them in one go. */
    private void check(RequestForm form, BindingResult result) {
        if (form.categoryId() == null
                && !result.hasFieldErrors("categoryId")
                && !categories.activeTree().isEmpty()) {
            result.rejectValue("categoryId", "portal.validation.category");
        }
        required(form.title(), "title", 200, result);
        required(form.description(), "description", 20000, result);
        if (form.urgency() == null && !result.hasFieldErrors("urgency")) {
            result.rejectValue("urgency", "portal.validation.urgency");
        }
        if (form.impact() == null && !result.hasFieldErrors("impact")) {
            result.rejectValue("impact", "portal.validation.impact");
        }
    }

    private static void required(@Nullable String value, String field, int max, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "validation.required");
        } else if (value.strip().length() > max) {
            result.rejectValue(field, "validation.tooLong", new Object[] {max}, null);
        }
    }

    private String formPage(Model model) {
        model.addAttribute("categories", categories.activeTree());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("impacts", List.of(Impact.MINOR, Impact.MODERATE, Impact.SIGNIFICANT, Impact.EXTENSIVE));
        model.addAttribute("maxFiles", TicketAttachments.MAX_FILES);
        return "ticket/portal/new";
    }

    private Map<Long, String> categoryNames(Locale locale) {
        return categories.tree().stream().collect(Collectors.toMap(CategoryView::id, c -> c.name(locale)));
    }

    private static TicketFilter byOrganisation(@Nullable Long organisationId) {
        return new TicketFilter(
                Set.of(), Set.of(), null, false, null, organisationId, null, null, null, null, null, null);
    }
}
