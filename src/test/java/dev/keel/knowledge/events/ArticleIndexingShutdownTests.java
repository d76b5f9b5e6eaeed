package dev.keel.knowledge.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelApplication;
import dev.keel.TestAccounts;
import dev.keel.TestDatabase;
import dev.keel.identity.Role;
import dev.keel.identity.domain.UserAccounts;
import dev.keel.knowledge.ArticleChanged;
import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that stops while articles are being reindexed stops cleanly: no exception is logged, and the
 * reindexing it did not get to stays in the event publication registry, to be repeated on the next
 * start. Starts an application of its own, because it closes it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ArticleIndexingShutdownTests {

    static final int CHANGES = 3000;

    @Test
    void stoppingWhileIndexingLogsNoExceptionAndLeavesTheRestToTheRegistry(CapturedOutput output) throws SQLException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KeelApplication.class)
                .initializers(new TestDatabase())
                // the node stops long before the listeners are through
                .run("--server.port=0", "--spring.task.execution.shutdown.await-termination-period=1s");
        var writer = TestAccounts.user(context.getBean(UserAccounts.class), Role.AGENT);
        long id = context.getBean(Articles.class)
                .create(
                        new ArticleContent("Shutdown " + writer.username(), "s", "body"),
                        ArticleSettings.of("PUBLIC", "en", null, ""),
                        "",
                        new Reader(writer.id(), true, true, false))
                .id();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (int i = 0; i < CHANGES; i++) {
                context.publishEvent(new ArticleChanged(id));
            }
        });
        Environment environment = context.getEnvironment();
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        int logged = output.getAll().length();

        context.close();

        String stopping = output.getAll().substring(logged);
        assertThat(stopping).doesNotContain("Exception").doesNotContain(" ERROR ");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement left = connection.prepareStatement(
                        "select count(*) from EVENT_PUBLICATION where listener_id like ? and serialized_event = ?")) {
            left.setString(1, "%ArticleIndexing%");
            left.setString(2, "{\"articleId\":" + id + "}");
            try (ResultSet count = left.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).isBetween(1, CHANGES);
            }
        }
    }
}
