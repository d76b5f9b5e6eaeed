package dev.keel.bench;

import dev.keel.knowledge.domain.KnowledgeArticle;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published knowledge articles for {@link SearchBenchmark}: how-to texts in Chinese, English or both,
 * assembled from the ticket samples (title, symptoms, steps, resolution), then the article index filled
 * with the mass indexer (the rebuild's path) and its rate printed.
 */
final class BenchArticles {

    private static final String TAG = "bench-generated";

    private BenchArticles() {}

    static void generate(ConfigurableApplicationContext keel, int wanted) throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(keel.getBean(DataSource.class));
        Long ownerId = jdbc.queryForObject("SELECT id FROM identity_user WHERE username = 'li.na'", Long.class);
        Long existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_article WHERE tags LIKE ?", Long.class, TAG + "%");
        long missing = wanted - (existing == null ? 0 : existing);
        SplittableRandom random = new SplittableRandom(11);
        List<String> topics = new ArrayList<>(SampleTexts.TITLES.keySet());
        long start = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (long i = 0; i < missing; i++) {
            String topic = topics.get(random.nextInt(topics.size()));
            String subject = SampleTexts.pick(SampleTexts.TITLES.get(topic), random);
            boolean chinese =
                    subject.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            String title = (chinese ? "处理方法：" : "How to fix: ") + subject + " #" + (i + 1);
            String summary = SampleTexts.pick(SampleTexts.DETAILS, random);
            StringBuilder body = new StringBuilder();
            body.append(chinese ? "## 症状\n\n" : "## Symptoms\n\n")
                    .append(summary)
                    .append("\n\n");
            body.append(chinese ? "## 步骤\n\n" : "## Steps\n\n");
            for (int step = 1; step <= 3 + random.nextInt(3); step++) {
                body.append(step)
                        .append(". ")
                        .append(SampleTexts.pick(SampleTexts.AGENT_REPLIES, random))
                        .append('\n');
            }
            body.append(chinese ? "\n## 备注\n\n" : "\n## Notes\n\n")
                    .append(SampleTexts.pick(SampleTexts.NOTES, random))
                    .append("\n\n")
                    .append(SampleTexts.pick(SampleTexts.RESOLUTIONS, random));
            Timestamp at =
                    Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(25_000_000)));
            batch.add(new Object[] {
                random.nextInt(4) == 0 ? "INTERNAL" : "PUBLIC",
                chinese ? "zh-CN" : "en",
                TAG + " " + topic.toLowerCase(Locale.ROOT),
                ownerId,
                title,
                summary,
                body.toString(),
                at,
                at,
                at
            });
            if (batch.size() == 2000 || i == missing - 1) {
                jdbc.batchUpdate(
                        "INSERT INTO knowledge_article (status, visibility, language, tags, owner_id, title, summary,"
                                + " body, head_version, published_version, published_at, created_at, updated_at)"
                                + " VALUES ('PUBLISHED', ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)",
                        batch);
                batch.clear();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "articles: inserted %d (now %d generated) in %.1f s%n",
                Math.max(0, missing),
                wanted,
                (System.nanoTime() - start) / 1e9);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM knowledge_article", Long.class);
        long t = System.nanoTime();
        Search.mapping(keel.getBean(EntityManagerFactory.class))
                .scope(KnowledgeArticle.class)
                .massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .mergeSegmentsOnFinish(false)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .startAndWait();
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "article indexing: %d articles in %.1f s = %.0f articles/s%n",
                total,
                seconds,
                total / seconds);
    }
}
