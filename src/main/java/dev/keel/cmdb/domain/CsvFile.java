package dev.keel.cmdb.domain;

import dev.keel.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV file: UTF-8 with or without a BOM, else GBK (GB18030) when the bytes are not
 * UTF-8; RFC 4180 quoting. Files that are too large, binary, in another encoding or malformed are
 * refused with one clear error before anything is looked at.
 */
public final class CsvFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private CsvFile() {}

    /** The rows of the file, header first; every row has at least one cell. */
    public static List<List<String>> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw invalid("cmdb.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw invalid("cmdb.import.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw invalid("cmdb.import.binary");
        }
        List<List<String>> rows = parse(text);
        if (rows.size() - 1 > MAX_ROWS) {
            throw invalid("cmdb.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        try {
            return strictOrThrow(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return strict(bytes, 0, Charset.forName("GB18030"));
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return strictOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw invalid("cmdb.import.encoding");
        }
    }

    private static String strictOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                addRow(rows, row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
            if (rows.size() > MAX_ROWS + 1) {
                throw invalid("cmdb.import.tooManyRows", MAX_ROWS);
            }
        }
        if (quoted) {
            throw invalid("cmdb.import.unclosedQuote");
        }
        if (cellStarted || !row.isEmpty()) {
            row.add(cell.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }

    private static DomainException invalid(String key, Object... args) {
        return DomainException.invalid("file", key, args);
    }
}
