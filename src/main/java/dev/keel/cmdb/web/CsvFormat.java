package dev.keel.cmdb.web;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines; cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
final class CsvFormat {

    static final List<String> COLUMNS = List.of(
            "class",
            "name",
            "status",
            "environment",
            "criticality",
            "location",
            "supportGroupId",
            "organisationId",
            "ownerId");

    private CsvFormat() {}

    static String line(List<String> cells) {
        return cells.stream().map(CsvFormat::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value
                : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
