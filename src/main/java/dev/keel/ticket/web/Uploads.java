package dev.keel.ticket.web;

import dev.keel.shared.DomainException;
import dev.keel.ticket.domain.TicketAttachments;
import dev.keel.web.FormErrors;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** Turns the files of a portal form into uploads, and shows a refused file next to the file input. */
final class Uploads {

    static final String PROBLEM = "attachmentsProblem";

    private Uploads() {}

    /** The files chosen; the empty, nameless part a browser sends when none was chosen is skipped. */
    static List<TicketAttachments.Upload> of(@Nullable List<MultipartFile> files) {
        List<TicketAttachments.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            uploads.add(new TicketAttachments.Upload(
                    name == null ? "" : name, file.getContentType(), file.getSize(), file));
        }
        return uploads;
    }

    /** Puts a domain error on the form; a problem with the files goes to {@link #PROBLEM}. */
    static void apply(DomainException e, BindingResult result, Model model) {
        var files = e.fieldProblems().stream()
                .filter(p -> p.field().equals("attachments"))
                .findFirst();
        if (files.isPresent()) {
            model.addAttribute(PROBLEM, files.get());
            return;
        }
        FormErrors.apply(e, result);
    }
}
