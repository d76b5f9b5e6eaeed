package dev.keel.shared.files;

/** Gives each module the store of its area, on the backend chosen by {@code keel.files.backend}. */
public interface FileStores {

    FileStore area(FileArea area);
}
