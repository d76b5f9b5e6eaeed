package dev.keel.shared.files;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a module keeps its files: a name (the key prefix of an object store, later) and the folder of
 * the local backend, plus the layouts earlier releases wrote into that folder, which stay readable.
 */
public record FileArea(String name, Path directory, List<LegacyLayout> legacyLayouts) {

    public FileArea {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("area names are lower-case words: " + name);
        }
        legacyLayouts = List.copyOf(legacyLayouts);
    }

    public static FileArea of(String name, String directory, LegacyLayout... legacy) {
        return new FileArea(name, Path.of(directory), List.of(legacy));
    }

    /** File names of earlier releases, read (never written) so existing files stay reachable. */
    public enum LegacyLayout {
        /** {@code ab/<sha>}: knowledge attachments up to 0.1. */
        ONE_LEVEL,
        /** {@code ab/cd/<sha>.eml}: received mail up to 0.1. */
        EML_SUFFIX;

        Path resolve(Path root, String sha) {
            return switch (this) {
                case ONE_LEVEL -> root.resolve(sha.substring(0, 2)).resolve(sha);
                case EML_SUFFIX ->
                    root.resolve(sha.substring(0, 2))
                            .resolve(sha.substring(2, 4))
                            .resolve(sha + ".eml");
            };
        }
    }
}
