/**
 * The one content-addressed file store of Keel: ticket attachments, article files and received mail are
 * kept in areas of it, by SHA-256, on the backend {@code keel.files.backend} chooses.
 */
@NullMarked
package dev.keel.shared.files;

import org.jspecify.annotations.NullMarked;
