package dev.keel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.ticket.Channel;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketRow;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.Tickets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The generator at a small size, on a database of its own, checked through the application itself. */
class TicketDataGeneratorIntegrationTests {

    @Test
    void generatedTicketsShowInQueuesAndTheApplicationOpensMoreWithoutIdClashes() throws Exception {
        String url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext app =
                        Bench.start(Map.of("url", url, "user", "sa"), "--keel.security.bcrypt-strength=4");
                Connection c = DriverManager.getConnection(url, "sa", "")) {
            TicketDataGenerator.Result result = TicketDataGenerator.generate(c, 600, 40, 1, false);

            assertThat(result.tickets()).isEqualTo(600);
            assertThat(count(c, "SELECT COUNT(*) FROM ticket")).isEqualTo(600);
            assertThat(count(c, "SELECT COUNT(*) FROM ticket_entry"))
                    .isEqualTo(result.entries())
                    .isBetween(1200L, 3600L);
            assertThat(count(c, "SELECT COUNT(*) FROM ticket_history"))
                    .isEqualTo(result.history())
                    .isGreaterThan(1200);
            assertThat(count(c, "SELECT MIN(c) FROM (SELECT COUNT(*) c FROM ticket_entry GROUP BY ticket_id) x"))
                    .isGreaterThanOrEqualTo(2);
            long open =
                    count(c, "SELECT COUNT(*) FROM ticket WHERE status IN ('NEW','ASSIGNED','IN_PROGRESS','PENDING')");
            assertThat(open).isBetween(6L, 72L);
            assertThat(count(c, "SELECT COUNT(*) FROM ticket WHERE status = 'CLOSED'"))
                    .isGreaterThan(450);
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM ticket WHERE updated_at > CURRENT_TIMESTAMP"
                                    + " OR closed_at < resolved_at OR resolved_at < created_at"))
                    .isZero();
            assertThat(count(c, "SELECT COUNT(DISTINCT organisation_id) FROM ticket"))
                    .isGreaterThanOrEqualTo(6);
            assertThat(count(c, "SELECT COUNT(*) FROM identity_user WHERE username LIKE 'bench.user.%'"))
                    .isEqualTo(40);

            String hash = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject(
                            "SELECT password_hash FROM identity_user WHERE username = 'bench.user.0007'", String.class);
            assertThat(app.getBean(PasswordEncoder.class).matches(ReferenceData.PASSWORD, hash))
                    .isTrue();

            UserDirectory directory = app.getBean(UserDirectory.class);
            long requester = directory.findUser("bench.user.0003").orElseThrow().id();
            long maxId = count(c, "SELECT MAX(id) FROM ticket");
            TicketView opened = app.getBean(Tickets.class)
                    .open(
                            new OpenTicket(
                                    null, "After the generator", "网络很慢", Channel.PORTAL, null, null, null, requester),
                            requester);
            assertThat(opened.id()).isGreaterThan(maxId);

            long agent = directory.findUser("li.na").orElseThrow().id();
            var viewer = app.getBean(TicketViewers.class).of(agent);
            List<TicketRow> rows = app.getBean(TicketQueries.class)
                    .page(
                            TicketFilter.all().withGroups(viewer.groupIds()),
                            viewer,
                            TicketFilter.Sort.NEWEST,
                            PageRequest.of(null, 25))
                    .items();
            assertThat(rows)
                    .hasSize(25)
                    .allSatisfy(r -> assertThat(viewer.groupIds()).contains(r.groupId()));
            assertThat(Set.copyOf(rows.stream().map(TicketRow::title).toList())).hasSizeGreaterThan(3);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        return TicketDataGenerator.single(c, sql);
    }
}
