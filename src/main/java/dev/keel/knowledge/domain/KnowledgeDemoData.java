package dev.keel.knowledge.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo knowledge base (with {@code keel.demo.enabled}): a small bilingual category tree and articles
 * written by li.na and approved by zhou.min, public and internal, Chinese and English, one still in
 * review. Runs once the application is ready, only while there is no category at all.
 */
@Component
class KnowledgeDemoData {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeDemoData.class);

    private final Articles articles;
    private final ArticleCategories categories;
    private final UserDirectory directory;
    private final boolean enabled;

    KnowledgeDemoData(
            Articles articles,
            ArticleCategories categories,
            UserDirectory directory,
            @Value("${keel.demo.enabled:false}") boolean enabled) {
        this.articles = articles;
        this.categories = categories;
        this.directory = directory;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
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
        publish(w, r, database, "PUBLIC", "zh-CN", "数据库,连接", DemoArticles.DATABASE);
        publish(w, r, printers, "PUBLIC", "en", "printer,paper", DemoArticles.PRINTER);
        publish(w, r, accounts, "PUBLIC", "zh-CN", "密码,账号", DemoArticles.PASSWORD);
        publish(w, r, network, "PUBLIC", "zh-CN", "VPN", DemoArticles.VPN);
        publish(w, r, network, "PUBLIC", "en", "vpn,network", DemoArticles.VPN_EN);
        publish(w, r, accounts, "PUBLIC", "en", "password,account", DemoArticles.PASSWORD_EN);
        publish(w, r, database, "INTERNAL", "zh-CN", "数据库,运维", DemoArticles.DB_FAILOVER);
        publish(w, r, printers, "INTERNAL", "zh-CN", "打印机", DemoArticles.PRINTER_ZH);
        publish(w, r, office, "PUBLIC", "zh-CN", "邮件", DemoArticles.MAIL);
        var review = articles.create(DemoArticles.MONITOR, ArticleSettings.of("PUBLIC", "zh-CN", office, "显示器"), "", w);
        articles.submit(review.id(), Set.of(reviewer.id()), null, w);
    }

    private void publish(
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
    }
}
