package dev.keel.knowledge.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff between two versions of an article, as rows of a unified view: unchanged, removed and
 * added lines with their line numbers. Templates print the text escaped.
 */
public final class VersionDiff {

    private VersionDiff() {}

    /** How a line changed. */
    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One row of the unified diff; a line number is 0 where the line does not exist on that side. */
    public record Line(Kind kind, int oldNo, int newNo, String text) {}

    /** The whole of both texts (title, summary and body, one per line block) as diff rows. */
    public static List<Line> of(ArticleVersion from, ArticleVersion to) {
        return lines(text(from), text(to));
    }

    static String text(ArticleVersion v) {
        return "# " + v.title() + "\n\n" + v.summary() + "\n\n" + v.body();
    }

    static List<Line> lines(String before, String after) {
        List<String> a = List.of(before.split("\\R", -1));
        List<String> b = List.of(after.split("\\R", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            while (i < start) {
                rows.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            }
            for (String removed : delta.getSource().getLines()) {
                rows.add(new Line(Kind.REMOVED, ++i, 0, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                rows.add(new Line(Kind.ADDED, 0, ++j, added));
            }
        }
        while (i < a.size()) {
            rows.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return rows;
    }
}
