package dev.keel.cmdb.web;

import dev.keel.cmdb.CiStatus;
import dev.keel.cmdb.domain.CiClass;
import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.ClassAttribute;
import dev.keel.cmdb.domain.ConfigurationItem;
import dev.keel.cmdb.domain.ConfigurationItems;
import dev.keel.shared.Keyset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV export of the filtered CI list (UTF-8 with a BOM so that spreadsheet programs detect it). The
 * columns are those the import reads; attributes follow as {@code attr.<code>} columns.
 */
@Controller
class CiExportController {

    static final int MAX_ROWS = 100_000;

    private final ConfigurationItems items;
    private final CiClasses classes;

    CiExportController(ConfigurationItems items, CiClasses classes) {
        this.items = items;
        this.classes = classes;
    }

    @GetMapping("/workspace/cmdb/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable Long classId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Long groupId,
            @RequestParam(required = false) @Nullable Long organisationId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String attribute,
            @RequestParam(required = false) @Nullable String value) {
        CiStatus parsed = null;
        if (status != null && !status.isBlank()) {
            try {
                parsed = CiStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw dev.keel.shared.DomainException.invalid("status", "cmdb.validation.status");
            }
        }
        var filter = new ConfigurationItems.Filter(classId, parsed, groupId, organisationId, q, attribute, value);
        Map<Long, CiClass> byId = classes.all().stream().collect(Collectors.toMap(CiClass::id, Function.identity()));
        List<String> attributeCodes = classes.all().stream()
                .filter(c -> classId == null || c.id() == classId)
                .flatMap(c -> c.attributes().stream())
                .map(ClassAttribute::code)
                .distinct()
                .toList();
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(CsvFormat.COLUMNS);
        attributeCodes.forEach(code -> header.add("attr." + code));
        csv.append(CsvFormat.line(header));
        Keyset.PageRequest page = Keyset.PageRequest.first(Keyset.MAX_LIMIT);
        int rows = 0;
        while (rows < MAX_ROWS) {
            var result = items.list(filter, page);
            for (ConfigurationItem ci : result.items()) {
                csv.append(CsvFormat.line(row(ci, byId.get(ci.classId()), attributeCodes)));
                rows++;
            }
            if (!result.hasNext()) {
                break;
            }
            page = Keyset.PageRequest.of(result.nextCursor(), Keyset.MAX_LIMIT);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cmdb-cis.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> row(ConfigurationItem ci, CiClass ciClass, List<String> attributeCodes) {
        List<String> row = new ArrayList<>(List.of(
                ciClass.code(),
                ci.name(),
                ci.status().name(),
                ci.environment().name(),
                ci.criticality().name(),
                ci.location(),
                ci.supportGroupId() == null ? "" : ci.supportGroupId().toString(),
                ci.organisationId() == null ? "" : ci.organisationId().toString(),
                ci.ownerId() == null ? "" : ci.ownerId().toString()));
        for (String code : attributeCodes) {
            row.add(ciClass.attribute(code)
                    .map(a -> ci.attributes().getOrDefault(a.id(), ""))
                    .orElse(""));
        }
        return row;
    }
}
