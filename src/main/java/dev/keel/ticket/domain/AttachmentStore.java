package dev.keel.ticket.domain;

import dev.keel.shared.files.AreaFileStore;
import dev.keel.shared.files.FileArea;
import dev.keel.shared.files.FileStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Ticket attachment bytes: the {@code attachments} area of the file store ({@code keel.attachments-dir}). */
@Component
public class AttachmentStore extends AreaFileStore {

    AttachmentStore(FileStores stores, @Value("${keel.attachments-dir:${keel.data-dir}/attachments}") String root) {
        super(stores, FileArea.of("attachments", root));
    }
}
