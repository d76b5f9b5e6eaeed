package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.TextInput;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one set of checks for uploaded files, wherever they arrive: not empty, not larger than {@code
 * keel.ticket.max-attachment-size}, of a type in {@code keel.ticket.allowed-attachment-types}, and a safe
 * file name. Problems are reported on the form field the caller names.
 */
@Component
class AttachmentRules {

    static final int MAX_FILE_NAME = 255;

    private final TicketProperties properties;

    AttachmentRules(TicketProperties properties) {
        this.properties = properties;
    }

    long maxBytes() {
        return properties.maxAttachmentSize().toBytes();
    }

    /**
     * Refuses a batch before anything is written: more than {@code maxFiles} files, or one that is empty,
     * too large (by the size the client declared) or of a type not accepted.
     */
    void check(List<TicketAttachments.Upload> uploads, int maxFiles, String field) {
        if (uploads.size() > maxFiles) {
            throw DomainException.invalid(field, "ticket.validation.attachmentCount", maxFiles);
        }
        for (TicketAttachments.Upload upload : uploads) {
            if (upload.size() <= 0) {
                throw empty(field);
            }
            if (upload.size() > maxBytes()) {
                throw tooLarge(field);
            }
            acceptedType(upload.contentType(), field);
        }
    }

    /** The media type without parameters, if the configuration accepts it; a missing type is refused. */
    String acceptedType(@Nullable String contentType, String field) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean accepted = !type.isEmpty()
                && properties.allowedAttachmentTypes().stream()
                        .anyMatch(t -> t.strip().equalsIgnoreCase(type));
        if (!accepted) {
            String shown = type.isEmpty() ? "?" : type.substring(0, Math.min(type.length(), 100));
            throw DomainException.invalid(field, "ticket.validation.attachmentType", shown);
        }
        return type;
    }

    DomainException empty(String field) {
        return DomainException.invalid(field, "ticket.validation.attachmentEmpty");
    }

    DomainException tooLarge(String field) {
        return DomainException.invalid(field, "ticket.validation.attachmentSize", readable(maxBytes()));
    }

    /** The last path segment, without control or bidi override characters, at most 255 characters; never empty. */
    static String sanitise(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = String.valueOf(TextInput.singleLine(name)).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "attachment";
        }
        if (name.length() > MAX_FILE_NAME) {
            int end = Character.isHighSurrogate(name.charAt(MAX_FILE_NAME - 1)) ? MAX_FILE_NAME - 1 : MAX_FILE_NAME;
            name = name.substring(0, end);
        }
        return name;
    }

    static String readable(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
