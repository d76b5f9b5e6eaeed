package dev.keel.knowledge.domain;

import dev.keel.shared.files.AreaFileStore;
import dev.keel.shared.files.FileArea;
import dev.keel.shared.files.FileStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Article attachment bytes: the {@code knowledge} area of the file store ({@code keel.knowledge.files-dir});
 * files of the earlier one-level layout ({@code ab/<sha>}) stay readable.
 */
@Component
class ArticleFiles extends AreaFileStore {

    ArticleFiles(FileStores stores, @Value("${keel.knowledge.files-dir:${keel.data-dir}/knowledge}") String root) {
        super(stores, FileArea.of("knowledge", root, FileArea.LegacyLayout.ONE_LEVEL));
    }
}
