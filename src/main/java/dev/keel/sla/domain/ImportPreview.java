package dev.keel.sla.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file into a calendar would change, before anything is changed.
 *
 * @param changes days whose entry the import adds or changes (unchanged days are not listed)
 */
public record ImportPreview(long calendarId, String source, int days, List<Change> changes) {

    /** One day: its entry before (null: none) and after the import. */
    public record Change(
            LocalDate date,
            @Nullable String beforeKind,
            @Nullable String beforeName,
            String afterKind,
            String afterHours,
            String afterName) {}
}
