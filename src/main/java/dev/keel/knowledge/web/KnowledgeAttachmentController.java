package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleAttachments;
import dev.keel.knowledge.domain.Readers;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Article images and files, for whoever may read the article; images inline, other files as downloads. */
@Controller
class KnowledgeAttachmentController {

    private final ArticleAttachments attachments;
    private final Readers readers;

    KnowledgeAttachmentController(ArticleAttachments attachments, Readers readers) {
        this.attachments = attachments;
        this.readers = readers;
    }

    @GetMapping({"/knowledge/attachments/{id}", "/knowledge/attachments/{id}/{name}"})
    ResponseEntity<InputStreamResource> download(@PathVariable long id, Authentication authentication) {
        var attachment = attachments.find(id, readers.of(authentication));
        var disposition = attachment.image() ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(attachments.open(id)));
    }
}
