package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleAttachments;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.Reader;
import dev.keel.knowledge.domain.Readers;
import dev.keel.shared.DomainException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Workflow buttons of the article page (submit, approve, request changes, archive, restore) and the
 * attachment upload. Errors come back to the article page as a localised message.
 */
@Controller
@RequestMapping("/workspace/kb/{id}")
class KnowledgeReviewController {

    private final Articles articles;
    private final ArticleAttachments attachments;
    private final Readers readers;
    private final MessageSource messages;

    KnowledgeReviewController(
            Articles articles, ArticleAttachments attachments, Readers readers, MessageSource messages) {
        this.articles = articles;
        this.attachments = attachments;
        this.readers = readers;
        this.messages = messages;
    }

    @PostMapping("/submit")
    String submit(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable List<Long> reviewerIds,
            @RequestParam(required = false) @Nullable Long version,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        Reader reader = readers.of(authentication);
        Set<Long> reviewers = reviewerIds == null ? Set.of() : Set.copyOf(reviewerIds);
        return run(id, redirect, locale, "knowledge.notice.submitted", () -> {
            articles.submit(id, reviewers, version, reader);
        });
    }

    @PostMapping("/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        Reader reader = readers.of(authentication);
        return run(id, redirect, locale, "knowledge.notice.approved", () -> articles.approve(id, version, reader));
    }

    @PostMapping("/request-changes")
    String requestChanges(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) @Nullable Long version,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        Reader reader = readers.of(authentication);
        return run(
                id,
                redirect,
                locale,
                "knowledge.notice.changesRequested",
                () -> articles.requestChanges(id, comment, version, reader));
    }

    @PostMapping("/archive")
    String archive(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        Reader reader = readers.of(authentication);
        return run(id, redirect, locale, "knowledge.notice.archived", () -> articles.archive(id, version, reader));
    }

    @PostMapping("/restore")
    String restore(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long version,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        Reader reader = readers.of(authentication);
        return run(id, redirect, locale, "knowledge.notice.restored", () -> articles.restore(id, version, reader));
    }

    @PostMapping("/attachments")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Authentication authentication,
            RedirectAttributes redirect,
            java.util.Locale locale) {
        Reader reader = readers.of(authentication);
        return run(id, redirect, locale, "knowledge.notice.uploaded", () -> {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "knowledge.validation.fileEmpty");
            }
            try {
                attachments.add(
                        id,
                        file.getOriginalFilename(),
                        file.getContentType(),
                        file.getSize(),
                        file.getInputStream(),
                        reader);
            } catch (IOException e) {
                throw DomainException.invalid("file", "knowledge.validation.fileEmpty");
            }
        });
    }

    private String run(long id, RedirectAttributes redirect, java.util.Locale locale, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("actionError", message(e, locale));
        }
        return "redirect:/workspace/kb/" + id;
    }

    private String message(DomainException e, java.util.Locale locale) {
        if (!e.fieldProblems().isEmpty()) {
            var p = e.fieldProblems().get(0);
            return messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale);
        }
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }
}
