package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reply templates agents pick from, one language each, kept by administrators. */
@Service
@Transactional
public class CannedResponses {

    /** The languages a canned response may be written in (those of the user interface). */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");

    private static final String COLUMNS = "id, title, body, language, version";

    private final JdbcClient jdbc;

    CannedResponses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One canned response. */
    public record CannedResponse(long id, String title, String body, String language, long version) {}

    @Transactional(readOnly = true)
    public List<CannedResponse> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket_canned_response ORDER BY language, title, id")
                .query(CannedResponse.class)
                .list();
    }

    @Transactional(readOnly = true)
    public CannedResponse find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket_canned_response WHERE id = ?")
                .param(id)
                .query(CannedResponse.class)
                .optional()
                .orElseThrow(CannedResponses::notFound);
    }

    public void create(@Nullable String title, @Nullable String body, @Nullable String language) {
        var checked = check(title, body, language);
        jdbc.sql("INSERT INTO ticket_canned_response (title, body, language, version) VALUES (?, ?, ?, 0)")
                .params(checked.title(), checked.body(), checked.language())
                .update();
    }

    public void update(
            long id, @Nullable String title, @Nullable String body, @Nullable String language, long version) {
        find(id);
        var checked = check(title, body, language);
        int updated = jdbc.sql(
                        "UPDATE ticket_canned_response SET title = ?, body = ?, language = ?, version = version + 1"
                                + " WHERE id = ? AND version = ?")
                .params(checked.title(), checked.body(), checked.language(), id, version)
                .update();
        if (updated == 0) {
            throw TicketErrors.stale();
        }
    }

    public void delete(long id) {
        if (jdbc.sql("DELETE FROM ticket_canned_response WHERE id = ?")
                        .param(id)
                        .update()
                == 0) {
            throw notFound();
        }
    }

    private static CannedResponse check(@Nullable String title, @Nullable String body, @Nullable String language) {
        String checkedTitle = Tickets.text("title", title, 200);
        String checkedBody = Tickets.text("body", body, 10000);
        if (language == null || !Set.copyOf(LANGUAGES).contains(language)) {
            throw TicketErrors.invalid("language", "workspace.validation.language");
        }
        return new CannedResponse(0, checkedTitle, checkedBody, language, 0);
    }

    private static DomainException notFound() {
        return new DomainException(
                DomainException.Kind.NOT_FOUND, "canned-response-not-found", "workspace.error.cannedNotFound");
    }
}
