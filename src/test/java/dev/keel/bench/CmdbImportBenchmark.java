package dev.keel.bench;

import dev.keel.cmdb.domain.CiImport;
import dev.keel.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The CSV import at the size the issue asks for: {@code --rows} (default 10,000) new CIs, the same file
 * again (every row an update), then as many relations between them (new, then again: all unchanged);
 * each file previewed, then applied. The target is 10,000 rows in under 30 s.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.keel.bench.CmdbImportBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:5432/keel_bench [--rows 10000]
 * </pre>
 */
public final class CmdbImportBenchmark {

    private CmdbImportBenchmark() {}

    public static void main(String[] args) {
        Map<String, String> options = Bench.options(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "10000"));
        try (ConfigurableApplicationContext app = Bench.start(options)) {
            CiImport imports = app.getBean(CiImport.class);
            String run = Long.toString(System.nanoTime(), 36);
            int servers = Math.max(1, rows / 100);
            StringBuilder hosts = new StringBuilder("class,name,status,attr.cpu_cores\n");
            for (int i = 0; i < servers; i++) {
                hosts.append("server,imp-")
                        .append(run)
                        .append("-srv-")
                        .append(i)
                        .append(",IN_USE,8\n");
            }
            measure("servers, apply", servers, () -> imports.apply(bytes(hosts), Actor.SYSTEM));

            StringBuilder cis = new StringBuilder("class,name,status,criticality,location,attr.os\n");
            for (int i = 0; i < rows; i++) {
                cis.append("virtual_machine,imp-")
                        .append(run)
                        .append("-vm-")
                        .append(i)
                        .append(",IN_USE,MEDIUM,上海嘉定,Kylin V10\n");
            }
            measure("CIs, preview", rows, () -> imports.preview(bytes(cis), Actor.SYSTEM));
            measure("CIs, apply (all new)", rows, () -> imports.apply(bytes(cis), Actor.SYSTEM));
            measure("CIs, apply again (all updates)", rows, () -> imports.apply(bytes(cis), Actor.SYSTEM));

            StringBuilder relations = new StringBuilder("source_class,source,type,target_class,target\n");
            for (int i = 0; i < rows; i++) {
                relations
                        .append("virtual_machine,imp-")
                        .append(run)
                        .append("-vm-")
                        .append(i)
                        .append(",runs_on,server,imp-")
                        .append(run)
                        .append("-srv-")
                        .append(i % servers)
                        .append('\n');
            }
            measure("relations, preview", rows, () -> imports.preview(bytes(relations), Actor.SYSTEM));
            measure("relations, apply (all new)", rows, () -> imports.apply(bytes(relations), Actor.SYSTEM));
            measure("relations, apply again (all there)", rows, () -> imports.apply(bytes(relations), Actor.SYSTEM));
        }
    }

    private static byte[] bytes(StringBuilder csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void measure(String what, int rows, Supplier<CiImport.Result> step) {
        long start = System.nanoTime();
        CiImport.Result result = step.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-36s %,7d rows: %6.1f s (%,.0f rows/s; created %,d, updated %,d, unchanged %,d, failed rows %d)%n",
                what,
                rows,
                seconds,
                rows / seconds,
                result.created(),
                result.updated(),
                result.unchanged(),
                result.problems().size());
        if (!result.problems().isEmpty()) {
            System.out.println("  first problem: " + result.problems().get(0));
        }
    }
}
