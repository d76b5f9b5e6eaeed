package dev.keel.shared.files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The local-disk backend ({@code keel.files.backend=local}, the default). */
@Component
@ConditionalOnProperty(name = "keel.files.backend", havingValue = "local", matchIfMissing = true)
class LocalFileStores implements FileStores {

    @Override
    public FileStore area(FileArea area) {
        return new LocalFileStore(area.directory(), area.legacyLayouts());
    }
}
