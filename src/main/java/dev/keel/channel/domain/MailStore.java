package dev.keel.channel.domain;

import dev.keel.shared.files.AreaFileStore;
import dev.keel.shared.files.FileArea;
import dev.keel.shared.files.FileStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The raw bytes of every received message, as received: the {@code mail} area of the file store
 * ({@code keel.channel.store-dir}), written before the database row that points to it. Messages stored
 * by earlier releases as {@code ab/cd/<sha>.eml} stay readable.
 */
@Component
public class MailStore extends AreaFileStore {

    MailStore(FileStores stores, @Value("${keel.channel.store-dir:${keel.data-dir:./data}/mail}") String root) {
        super(stores, FileArea.of("mail", root, FileArea.LegacyLayout.EML_SUFFIX));
    }
}
