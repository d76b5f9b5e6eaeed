package dev.keel.cmdb.api;

import dev.keel.cmdb.domain.CiImport;
import dev.keel.cmdb.domain.CsvFile;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cmdb/import")
@PreAuthorize("hasAuthority('admin:config')")
@Tag(name = "CMDB import", description = "CSV import of configuration items (keyed by class and name) or of relations")
class CiImportApiController {

    private final CiImport imports;
    private final MessageSource messages;

    CiImportApiController(CiImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A row that fails (row 1 is the header), with the localised reason. */
    record RowError(int row, String field, String message) {}

    /**
     * {@code kind}: CIS or RELATIONS (told by the header); {@code created} CIs or relations, {@code updated}
     * CIs, {@code unchanged} relations that existed already.
     */
    record ImportResponse(
            String kind, int rows, int created, int updated, int unchanged, boolean applied, List<RowError> errors) {}

    @PostMapping("/preview")
    @Operation(
            summary = "What importing this CSV (request body, UTF-8 with or without BOM, or GBK) would do",
            description = "CIs: class, name (required), status, environment, criticality, location, "
                    + "supportGroupId, organisationId, ownerId, attr.<code>; a CI that exists (class and name) is "
                    + "updated. Relations: source_class, source, type, target_class, target; a relation that "
                    + "exists is left as it is. Nothing is written.")
    ImportResponse preview(HttpServletRequest request, Actor actor, Locale locale) throws IOException {
        return response(imports.preview(body(request), actor), locale);
    }

    @PostMapping("/apply")
    @Operation(
            summary = "Import this CSV: all rows or none",
            description = "Answers 422 with the failing rows when any row fails; then nothing is written")
    ResponseEntity<ImportResponse> apply(HttpServletRequest request, Actor actor, Locale locale) throws IOException {
        var response = response(imports.apply(body(request), actor), locale);
        return ResponseEntity.status(response.applied() ? 200 : 422).body(response);
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(CsvFile.MAX_BYTES + 1);
        if (bytes.length > CsvFile.MAX_BYTES) {
            throw DomainException.invalid("file", "cmdb.import.tooLarge", CsvFile.MAX_BYTES / 1024 / 1024);
        }
        return bytes;
    }

    private ImportResponse response(CiImport.Result result, Locale locale) {
        return new ImportResponse(
                result.kind().name(),
                result.rows(),
                result.created(),
                result.updated(),
                result.unchanged(),
                result.applied(),
                result.problems().stream()
                        .map(p -> new RowError(
                                p.row(),
                                p.field(),
                                messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
                        .toList());
    }
}
