package dev.keel;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo as a new user gets it: a fresh H2 database, the demo service desk, routing rules and the
 * warm-up after start-up. Use after {@link TestDatabase} in {@code initializers}.
 */
public class FreshDemo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:mem:keel-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        properties.put("keel.ticket.seed-demo", "true");
        properties.put("keel.routing.seed-demo", "true");
        properties.put("keel.routing.fallback-group", "SD");
        properties.put("keel.warm-up.enabled", "true");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keel-fresh-demo", properties));
    }

    /**
     * Waits until the demo service desk, recorded in the background after start-up, is complete with its
     * mails and article links, and the listeners have followed it (SLA clocks, search): what a person sees
     * some seconds after the first start.
     */
    public static void awaitRecorded(JdbcTemplate jdbc) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM channel_message WHERE status = 'PROCESSED'",
                                        Integer.class)
                                == 3
                        && jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_article_ticket", Integer.class) > 0
                        && jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                                        Integer.class)
                                == 0);
    }
}
