package dev.keel.knowledge.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.DomainException;
import dev.keel.ticket.DemoTicketsRecorded;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo knowledge base (with {@code keel.demo.enabled}): a small bilingual category tree and articles
 * written by li.na and approved by zhou.min, public and internal, Chinese and English, one still in
 * review. Runs once the application is ready (before the ticket demo data starts recording), only while
 * there is no category at all. When the demo service desk has been recorded, each ticket an agent worked
 * on in a category articles cover is linked to those articles, by that agent.
 */
@Component
class KnowledgeDemoData {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeDemoData.class);

    private final Articles articles;
    private final ArticleCategories categories;
    private final UserDirectory directory;
    private final boolean enabled;
    private final ArticleLinks links;
    /** The demo articles by the ticket category they answer, as created on this start. */
    private final Map<String, List<Long>> byTicketCategory = new ConcurrentHashMap<>();

    KnowledgeDemoData(
            Articles articles,
            ArticleCategories categories,
            UserDirectory directory,
            ArticleLinks links,
            @Value("${keel.demo.enabled:false}") boolean enabled) {
        this.links = links;
        this.articles = articles;
        this.categories = categories;
        this.directory = directory;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(150)
    void onReady() {
        if (!enabled || !categories.isEmpty()) {
            return;
        }
        var writer = directory.findUser("li.na");
        var reviewer = directory.findUser("zhou.min");
        if (writer.isEmpty() || reviewer.isEmpty()) {
            return;
        }
        seed(writer.get(), reviewer.get());
        log.info("Demo knowledge base created");
    }

    @EventListener
    @Order(1) // before the demo mails, so that tests waiting for those find every link in place
    void onDemoTickets(DemoTicketsRecorded recorded) {
        int linked = 0;
        for (var ticket : recorded.worked()) {
            List<Long> answers = byTicketCategory.getOrDefault(ticket.categoryCode(), List.of());
            if (answers.isEmpty()) {
                continue;
            }
            try {
                for (long article : answers) {
                    links.link(article, ticket.ticketId(), new Reader(ticket.agentId(), true, false, false));
                }
                linked++;
            } catch (DomainException notVisibleToTheAgent) {
                // a ticket the agent may no longer see is left without a link
            }
        }
        log.info("Demo articles linked to {} demo tickets", linked);
    }

    private void seed(UserSummary writer, UserSummary reviewer) {
        long office = categories.create(null, "Office IT", "办公 IT", 1).id();
        long database =
                categories.create(null, "Databases and servers", "数据库与服务器", 2).id();
        long network = categories.create(null, "Network and VPN", "网络与 VPN", 3).id();
        long printers = categories.create(office, "Printers", "打印机", 1).id();
        long accounts =
                categories.create(office, "Accounts and passwords", "账号与密码", 2).id();
        Reader w = new Reader(writer.id(), true, true, false);
        Reader r = new Reader(reviewer.id(), true, true, true);
        answers("DB-CONN", publish(w, r, database, "PUBLIC", "zh-CN", "数据库,连接", DemoArticles.DATABASE));
        answers("HW-PRINTER", publish(w, r, printers, "PUBLIC", "en", "printer,paper", DemoArticles.PRINTER));
        answers("ACCESS-PASSWORD", publish(w, r, accounts, "PUBLIC", "zh-CN", "密码,账号", DemoArticles.PASSWORD));
        answers("NET-VPN", publish(w, r, network, "PUBLIC", "zh-CN", "VPN", DemoArticles.VPN));
        answers("NET-VPN", publish(w, r, network, "PUBLIC", "en", "vpn,network", DemoArticles.VPN_EN));
        answers(
                "ACCESS-PASSWORD",
                publish(w, r, accounts, "PUBLIC", "en", "password,account", DemoArticles.PASSWORD_EN));
        answers("DB-CONN", publish(w, r, database, "INTERNAL", "zh-CN", "数据库,运维", DemoArticles.DB_FAILOVER));
        answers("HW-PRINTER", publish(w, r, printers, "INTERNAL", "zh-CN", "打印机", DemoArticles.PRINTER_ZH));
        answers("APP-MAIL", publish(w, r, office, "PUBLIC", "zh-CN", "邮件", DemoArticles.MAIL));
        var review = articles.create(DemoArticles.MONITOR, ArticleSettings.of("PUBLIC", "zh-CN", office, "显示器"), "", w);
        articles.submit(review.id(), Set.of(reviewer.id()), null, w);
    }

    private void answers(String ticketCategory, long articleId) {
        byTicketCategory
                .computeIfAbsent(ticketCategory, code -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(articleId);
    }

    private long publish(
            Reader writer,
            Reader reviewer,
            @Nullable Long category,
            String visibility,
            String language,
            String tags,
            ArticleContent content) {
        var article = articles.create(content, ArticleSettings.of(visibility, language, category, tags), "", writer);
        articles.submit(article.id(), Set.of(reviewer.userId()), null, writer);
        articles.approve(article.id(), null, reviewer);
        return article.id();
    }
}
