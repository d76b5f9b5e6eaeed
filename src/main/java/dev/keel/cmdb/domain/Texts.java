package dev.keel.cmdb.domain;

import dev.keel.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A name and a help text in both languages; names are required, help texts optional. */
public record Texts(String nameZh, String nameEn, String helpZh, String helpEn) {

    static final int MAX_NAME = 200;
    static final int MAX_HELP = 1000;

    /** Trims and checks the texts; both names missing or too long are reported together. */
    public static Texts of(
            @Nullable String nameZh, @Nullable String nameEn, @Nullable String helpZh, @Nullable String helpEn) {
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        String zh = text(nameZh, "nameZh", MAX_NAME, true, problems);
        String en = text(nameEn, "nameEn", MAX_NAME, true, problems);
        String hz = text(helpZh, "helpZh", MAX_HELP, false, problems);
        String he = text(helpEn, "helpEn", MAX_HELP, false, problems);
        CmdbErrors.throwIfAny(problems);
        return new Texts(zh, en, hz, he);
    }

    private static String text(
            @Nullable String value, String field, int max, boolean required, List<DomainException.FieldProblem> out) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            out.add(new DomainException.FieldProblem(field, "cmdb.validation.required"));
        } else if (v.length() > max) {
            out.add(new DomainException.FieldProblem(field, "cmdb.validation.tooLong", max));
        }
        return v;
    }
}
