package dev.keel.cmdb.domain;

import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of configuration items or of relations, told apart by the header.
 *
 * <p>A CI file ({@code class}, {@code name}, …) is keyed by class and name: a row whose CI exists updates
 * it, any other row creates one. A relation file ({@code source_class}, {@code source}, {@code type},
 * {@code target_class}, {@code target}) names both ends by class and name; a relation that exists is left
 * as it is, any other is added with the checks of the relation editor (unknown CI or type, retired CI,
 * self-relation, a cycle of an acyclic type).
 *
 * <p>{@link #preview} runs every row in a transaction that is always rolled back and reports what would
 * happen; {@link #apply} does the same and commits only when no row failed, so a file is imported whole
 * or not at all.
 */
@Service
public class CiImport {

    static final List<String> REQUIRED = List.of("class", "name");
    static final List<String> RELATION_COLUMNS = List.of("source_class", "source", "type", "target_class", "target");
    static final int PROGRESS_EVERY = 200;
    /**
     * Rows after which the persistence context is flushed and cleared: Hibernate checks every entity it
     * holds at each flush, so a context that kept all rows of a 10,000-row file made the import quadratic.
     */
    static final int CLEAR_EVERY = 100;

    /** What a file holds, told by its header. */
    public enum Kind {
        CIS,
        RELATIONS
    }

    /** Told how many data rows are done, every few hundred rows and at the end. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void rows(int done, int total);
    }

    private final ConfigurationItems items;
    private final CiClasses classes;
    private final Relations relations;
    private final RelationTypes types;
    private final RelationRepository relationRows;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    CiImport(
            ConfigurationItems items,
            CiClasses classes,
            Relations relations,
            RelationTypes types,
            RelationRepository relationRows,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager) {
        this.items = items;
        this.classes = classes;
        this.relations = relations;
        this.types = types;
        this.relationRows = relationRows;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A failing row (1-based, the header is row 1), the field and the message key with its arguments. */
    public record RowProblem(int row, String field, String messageKey, Object... arguments) {}

    /**
     * What an import did or would do: {@code created} CIs or relations, {@code updated} CIs, {@code
     * unchanged} relations that existed already.
     */
    public record Result(
            Kind kind, int rows, int created, int updated, int unchanged, List<RowProblem> problems, boolean applied) {}

    /** The kind of file and its number of data rows; a file that cannot be read is refused here. */
    public record Summary(Kind kind, int rows) {}

    /** Reads the file and its header only; throws the same errors as {@link #preview}. */
    public Summary check(byte[] file) {
        List<List<String>> rows = CsvFile.read(file);
        return new Summary(kind(header(rows)), rows.size() - 1);
    }

    public Result preview(byte[] file, Actor actor) {
        List<List<String>> rows = CsvFile.read(file);
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return run(rows, actor, false, Progress.NONE);
        });
    }

    public Result apply(byte[] file, Actor actor) {
        return apply(file, actor, Progress.NONE);
    }

    /** Imports the file, all rows or none, telling {@code progress} how far it got. */
    public Result apply(byte[] file, Actor actor, Progress progress) {
        List<List<String>> rows = CsvFile.read(file);
        return transactions.execute(status -> {
            Result r = run(rows, actor, true, progress);
            if (!r.problems().isEmpty()) {
                status.setRollbackOnly();
            }
            return r;
        });
    }

    private static List<String> header(List<List<String>> rows) {
        return rows.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""))
                .toList();
    }

    private static Kind kind(List<String> header) {
        Kind kind = header.contains("source") || header.contains("target") || header.contains("source_class")
                ? Kind.RELATIONS
                : Kind.CIS;
        List<String> required = kind == Kind.RELATIONS ? RELATION_COLUMNS : REQUIRED;
        List<String> missing =
                required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("file", "cmdb.import.columns", String.join(", ", missing));
        }
        return kind;
    }

    private Result run(List<List<String>> rows, Actor actor, boolean apply, Progress progress) {
        List<String> header = header(rows);
        Kind kind = kind(header);
        List<RowProblem> problems = new ArrayList<>();
        Lookups lookups = new Lookups();
        int total = rows.size() - 1;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> cells = cells(header, rows.get(i));
            try {
                Outcome outcome = kind == Kind.CIS ? upsert(cells, actor, lookups) : relate(cells, actor, lookups);
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (DomainException e) {
                int row = i + 1;
                if (e.fieldProblems().isEmpty()) {
                    problems.add(new RowProblem(row, "", e.messageKey(), e.arguments()));
                }
                e.fieldProblems()
                        .forEach(p -> problems.add(
                                new RowProblem(row, column(kind, p.field()), p.messageKey(), p.arguments())));
            }
            if (i % CLEAR_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
                lookups = new Lookups();
            }
            if (i % PROGRESS_EVERY == 0) {
                progress.rows(i, total);
            }
        }
        progress.rows(total, total);
        return new Result(kind, total, created, updated, unchanged, problems, apply && problems.isEmpty());
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /** Classes and relation types looked up once per file. */
    private final class Lookups {
        private final Map<String, Optional<CiClass>> classes = new HashMap<>();
        private final Map<String, Optional<RelationType>> types = new HashMap<>();

        Optional<CiClass> ciClass(String code) {
            return classes.computeIfAbsent(code, CiImport.this.classes::findByCode);
        }

        Optional<RelationType> type(String code) {
            return types.computeIfAbsent(code, CiImport.this.types::findByCode);
        }
    }

    /** The problem fields of the relation editor, renamed to the file's columns. */
    private static String column(Kind kind, String field) {
        if (kind == Kind.CIS) {
            return field;
        }
        return switch (field) {
            case "sourceId" -> "source";
            case "targetId" -> "target";
            default -> field;
        };
    }

    private Outcome upsert(Map<String, String> cells, Actor actor, Lookups lookups) {
        Optional<CiClass> ciClass =
                lookups.ciClass(cells.getOrDefault("class", "").strip());
        CiDraft draft = draft(cells, ciClass.orElse(null));
        Optional<ConfigurationItem> existing = ciClass.flatMap(
                c -> items.findByName(c.id(), cells.getOrDefault("name", "").strip()));
        if (existing.isEmpty()) {
            items.create(draft, actor);
            return Outcome.CREATED;
        }
        items.update(existing.get().id(), draft, existing.get().version(), actor);
        return Outcome.UPDATED;
    }

    private Outcome relate(Map<String, String> cells, Actor actor, Lookups lookups) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        String typeCode = cells.getOrDefault("type", "").strip();
        Optional<RelationType> type = typeCode.isEmpty() ? Optional.empty() : lookups.type(typeCode);
        if (type.isEmpty()) {
            problems.add(new DomainException.FieldProblem(
                    "type", typeCode.isEmpty() ? "cmdb.validation.required" : "cmdb.validation.relationType"));
        }
        Optional<ConfigurationItem> source = end(cells, "source", lookups, problems);
        Optional<ConfigurationItem> target = end(cells, "target", lookups, problems);
        CmdbErrors.throwIfAny(problems);
        long typeId = type.orElseThrow().id();
        long from = source.orElseThrow().id();
        long to = target.orElseThrow().id();
        if (relationRows.existsBySourceIdAndTypeIdAndTargetId(from, typeId, to)) {
            return Outcome.UNCHANGED;
        }
        relations.add(typeCode, from, to, actor);
        return Outcome.CREATED;
    }

    /** The CI named by the columns {@code <end>_class} and {@code <end>}. */
    private Optional<ConfigurationItem> end(
            Map<String, String> cells, String end, Lookups lookups, List<DomainException.FieldProblem> problems) {
        String classCode = cells.getOrDefault(end + "_class", "").strip();
        String name = cells.getOrDefault(end, "").strip();
        if (classCode.isEmpty()) {
            problems.add(new DomainException.FieldProblem(end + "_class", "cmdb.validation.required"));
        }
        if (name.isEmpty()) {
            problems.add(new DomainException.FieldProblem(end, "cmdb.validation.required"));
        }
        if (classCode.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<CiClass> ciClass = lookups.ciClass(classCode);
        if (ciClass.isEmpty()) {
            problems.add(new DomainException.FieldProblem(end + "_class", "cmdb.validation.class"));
            return Optional.empty();
        }
        Optional<ConfigurationItem> ci = items.findByName(ciClass.get().id(), name);
        if (ci.isEmpty()) {
            problems.add(new DomainException.FieldProblem(end, "cmdb.import.ciUnknown", classCode, name));
        }
        return ci;
    }

    /**
     * The row as a draft. An empty cell of an attribute the row's class does not have is left out: a file
     * of several classes (like the export of a mixed list) has the attribute columns of all of them.
     */
    private static CiDraft draft(Map<String, String> cells, @Nullable CiClass ciClass) {
        Map<String, String> attributes = new HashMap<>();
        cells.forEach((k, v) -> {
            if (k.startsWith("attr.")) {
                String code = k.substring(5);
                boolean foreign = ciClass != null
                        && ciClass.attributes().stream().noneMatch(a -> a.code().equals(code));
                if (!(foreign && v.isBlank())) {
                    attributes.put(code, v);
                }
            }
        });
        return new CiDraft(
                cells.get("class"),
                cells.get("name"),
                blank(cells.get("status")),
                blank(cells.get("environment")),
                blank(cells.get("criticality")),
                id(cells, "ownerid"),
                id(cells, "supportgroupid"),
                id(cells, "organisationid"),
                cells.get("location"),
                null,
                attributes);
    }

    private static Map<String, String> cells(List<String> header, List<String> row) {
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < header.size() && c < row.size(); c++) {
            String key =
                    header.get(c).startsWith("attr.") ? "attr." + header.get(c).substring(5) : header.get(c);
            cells.put(key, row.get(c));
        }
        return cells;
    }

    private static @Nullable String blank(@Nullable String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static @Nullable Long id(Map<String, String> cells, String column) {
        String v = cells.getOrDefault(column, "").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,18}")) {
            throw DomainException.invalid(column, "cmdb.validation.attribute.number");
        }
        return Long.valueOf(v);
    }
}
