package dev.keel.knowledge.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.files.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Images and files of articles: size- and type-limited, stored by content hash, readable by whoever
 * may read the article. Images are used in Markdown by their URL {@code /knowledge/attachments/<id>}.
 */
@Service
@Transactional
public class ArticleAttachments {

    static final List<String> TYPES = List.of("image/png", "image/jpeg", "image/gif", "application/pdf", "text/plain");

    private final JdbcTemplate jdbc;
    private final ArticleFiles files;
    private final Articles articles;
    private final Clock clock;
    private final long maxBytes;

    ArticleAttachments(
            JdbcTemplate jdbc,
            ArticleFiles files,
            Articles articles,
            Clock clock,
            @Value("${keel.knowledge.max-attachment-size:5MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.files = files;
        this.articles = articles;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** An attachment's metadata. */
    public record Attachment(long id, long articleId, String fileName, String contentType, long sizeBytes) {

        public boolean image() {
            return contentType.startsWith("image/");
        }

        public String url() {
            return "/knowledge/attachments/" + id;
        }
    }

    /** Stores an uploaded file for an article the writer may edit. */
    public Attachment add(
            long articleId,
            @Nullable String fileName,
            @Nullable String contentType,
            long declaredSize,
            InputStream content,
            Reader reader) {
        if (!reader.writer()) {
            throw KnowledgeErrors.notAllowed();
        }
        articles.find(articleId, reader);
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw DomainException.invalid("file", "knowledge.validation.fileType");
        }
        if (declaredSize <= 0 || declaredSize > maxBytes) {
            throw DomainException.invalid("file", "knowledge.validation.fileSize", maxBytes / (1024 * 1024));
        }
        FileStore.StoredFile stored;
        try (content) {
            stored = files.store(content, maxBytes)
                    .orElseThrow(() ->
                            DomainException.invalid("file", "knowledge.validation.fileSize", maxBytes / (1024 * 1024)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.size() == 0) {
            throw DomainException.invalid("file", "knowledge.validation.fileSize", maxBytes / (1024 * 1024));
        }
        String sha = stored.sha256();
        String name = safeName(fileName);
        var keys = new GeneratedKeyHolder();
        String hash = sha;
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                            INSERT INTO knowledge_attachment
                              (article_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """, new String[] {"id"});
                    ps.setLong(1, articleId);
                    ps.setString(2, name);
                    ps.setString(3, type);
                    ps.setLong(4, declaredSize);
                    ps.setString(5, hash);
                    ps.setLong(6, reader.userId());
                    ps.setTimestamp(7, Timestamp.from(clock.instant()));
                    return ps;
                },
                keys);
        return new Attachment(keys.getKeyAs(Number.class).longValue(), articleId, name, type, declaredSize);
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(long articleId) {
        return jdbc.query(
                "SELECT id, article_id, file_name, content_type, size_bytes FROM knowledge_attachment WHERE article_id = ? ORDER BY id",
                (rs, i) ->
                        new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                articleId);
    }

    /** The attachment and its bytes, when the reader may read its article; else not found. */
    @Transactional(readOnly = true)
    public Attachment find(long id, Reader reader) {
        List<Attachment> rows = jdbc.query(
                "SELECT id, article_id, file_name, content_type, size_bytes FROM knowledge_attachment WHERE id = ?",
                (rs, i) ->
                        new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                id);
        if (rows.isEmpty()) {
            throw KnowledgeErrors.notFound();
        }
        articles.find(rows.get(0).articleId(), reader);
        return rows.get(0);
    }

    @Transactional(readOnly = true)
    public InputStream open(long id) {
        String sha = jdbc.queryForObject("SELECT sha256 FROM knowledge_attachment WHERE id = ?", String.class, id);
        return files.open(sha == null ? "" : sha);
    }

    static String safeName(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "attachment";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
