package dev.keel.bench;

import dev.keel.search.SearchQuery;
import dev.keel.search.Searcher;
import dev.keel.search.domain.SearchRebuild;
import dev.keel.search.domain.Searchers;
import dev.keel.search.domain.UnifiedSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Search at scale on the generated data (docs/performance.md): full rebuild of the ticket index (the
 * admin page's rebuild, which Keel starts by itself on an empty index; time and documents/s), then query latency for rare and common words in Chinese and English through Keel's
 * search (visibility of agent li.na, facets, highlights, recency: what the page and API run), and the
 * same words as direct Lucene queries (top 20, no facets, no highlights) on the same index in the same
 * run.
 *
 * <pre>java -cp $CP dev.keel.bench.SearchBenchmark --url jdbc:postgresql://127.0.0.1:5432/keel_bench
 *     [--runs 200] [--warmup 50] [--index DIR] [--articles 100000]</pre>
 *
 * <p>{@code --index DIR} keeps the index in that folder instead of a temporary one; when the folder
 * already holds a ticket index (of the same database) the rebuild is skipped and only the queries run,
 * so that two versions of the query code can be compared on one index. {@code --articles N} inserts
 * published knowledge articles (bilingual texts built from the ticket samples) until N generated ones
 * exist, indexes the article type (time and documents/s) and measures article queries as well.
 */
public final class SearchBenchmark {

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("zh common (无法)", "无法");
        WORDS.put("zh rare (蓝屏)", "蓝屏");
        WORDS.put("zh two words (数据库 超时)", "数据库 超时");
        WORDS.put("en common (access)", "access");
        WORDS.put("en plural (printers)", "printers");
        WORDS.put("en rare (docking)", "docking");
        WORDS.put("en typo (dockng)", "dockng");
    }

    private static final Map<String, String> ARTICLE_WORDS = new LinkedHashMap<>();

    static {
        ARTICLE_WORDS.put("zh common (无法)", "无法");
        ARTICLE_WORDS.put("zh rare (蓝屏)", "蓝屏");
        ARTICLE_WORDS.put("en common (password)", "password");
        ARTICLE_WORDS.put("en plural (printers)", "printers");
        ARTICLE_WORDS.put("en typo (pasword)", "pasword");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "50"));
        Path index = options.containsKey("index")
                ? Files.createDirectories(Path.of(options.get("index")))
                : Files.createTempDirectory("keel-bench-index");
        boolean reuse = Files.isDirectory(index.resolve("ticket"));
        try (ConfigurableApplicationContext keel = Bench.start(
                options,
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
                "--keel.routing.seed-demo=false")) {
            // Keel fills an empty index on start-up with the same rebuild the admin page runs; start one if not
            SearchRebuild rebuild = keel.getBean(SearchRebuild.class);
            if (reuse) {
                System.out.println("reusing the index in " + index + " (no rebuild)");
            } else if (!rebuild.status().running()) {
                rebuild.start();
            }
            long lastPrint = 0;
            while (rebuild.status().running()) {
                Thread.sleep(1000);
                if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                    lastPrint = System.nanoTime();
                    SearchRebuild.Status s = rebuild.status();
                    System.out.printf(Locale.ROOT, "  rebuild %d of %d%n", s.done(), s.total());
                }
            }
            SearchRebuild.Status done = rebuild.status();
            if (!"DONE".equals(done.state())) {
                throw new IllegalStateException("rebuild " + done.state() + ": " + done.message());
            }
            double seconds = java.time.Duration.between(done.startedAt(), done.finishedAt())
                            .toMillis()
                    / 1000.0;
            long docs;
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("ticket")))) {
                docs = reader.numDocs();
            }
            System.out.printf(
                    Locale.ROOT,
                    "rebuild: %d documents in %.1f s = %.0f documents/s (index %d MB)%n",
                    docs,
                    seconds,
                    docs / seconds,
                    size(index) / 1_000_000);

            int articles = Integer.parseInt(options.getOrDefault("articles", "0"));
            if (articles > 0) {
                BenchArticles.generate(keel, articles);
            }
            UnifiedSearch search = keel.getBean(UnifiedSearch.class);
            Searchers searchers = keel.getBean(Searchers.class);
            long agentId = keel.getBean(dev.keel.identity.UserDirectory.class)
                    .findUser("li.na")
                    .orElseThrow()
                    .id();
            Searcher agent = searchers.of(
                    agentId, List.of(new SimpleGrantedAuthority("workspace:use")), Locale.SIMPLIFIED_CHINESE);
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("ticket")))) {
                IndexSearcher lucene = new IndexSearcher(reader);
                for (Map.Entry<String, String> word : WORDS.entrySet()) {
                    SearchQuery query = new SearchQuery(word.getValue(), Set.of(), Map.of(), null, null, 0, 20);
                    long total = search.search(query, agent).total();
                    long[] keelTimes = time(runs, warmup, () -> search.search(query, agent));
                    Query direct = direct(word.getValue());
                    long directTotal = lucene.count(direct);
                    long[] luceneTimes = time(runs, warmup, () -> {
                        TopDocs top = lucene.search(direct, 20);
                        return top.scoreDocs.length;
                    });
                    Bench.Latencies k = Bench.Latencies.of(keelTimes);
                    Bench.Latencies l = Bench.Latencies.of(luceneTimes);
                    System.out.printf(
                            Locale.ROOT,
                            "%-28s keel hits=%d %s | lucene hits=%d %s | p95 ratio %.1f%n",
                            word.getKey(),
                            total,
                            k.summary(),
                            directTotal,
                            l.summary(),
                            k.percentile(95) / Math.max(0.001, l.percentile(95)));
                }
            }
            if (articles > 0) {
                for (Map.Entry<String, String> word : ARTICLE_WORDS.entrySet()) {
                    SearchQuery query =
                            new SearchQuery(word.getValue(), Set.of("article"), Map.of(), null, null, 0, 20);
                    long total = search.search(query, agent).total();
                    Bench.Latencies k = Bench.Latencies.of(time(runs, warmup, () -> search.search(query, agent)));
                    System.out.printf(Locale.ROOT, "article %-28s hits=%d %s%n", word.getKey(), total, k.summary());
                }
            }
        }
    }

    /** The same words as a plain Lucene query: all terms in any Chinese field, or all in any English one. */
    private static Query direct(String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        add(any, new SmartChineseAnalyzer(), text, "title_zh", "description_zh", "public_zh", "internal_zh");
        add(any, new EnglishAnalyzer(), text, "title_en", "description_en", "public_en", "internal_en");
        return any.build();
    }

    private static void add(BooleanQuery.Builder any, Analyzer analyzer, String text, String... fields) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (String field : fields) {
            Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.MUST);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
            }
        }
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static long[] time(int runs, int warmup, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.filter(Files::isRegularFile).toList());
            long total = 0;
            for (Path p : all) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private SearchBenchmark() {}
}
