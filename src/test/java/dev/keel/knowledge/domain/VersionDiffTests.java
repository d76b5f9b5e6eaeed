package dev.keel.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.knowledge.domain.VersionDiff.Kind;
import dev.keel.knowledge.domain.VersionDiff.Line;
import org.junit.jupiter.api.Test;

class VersionDiffTests {

    @Test
    void showsRemovedAndAddedLinesWithTheirNumbers() {
        var lines = VersionDiff.lines("a\nb\nc", "a\nB\nc\nd");
        assertThat(lines)
                .containsExactly(
                        new Line(Kind.SAME, 1, 1, "a"),
                        new Line(Kind.REMOVED, 2, 0, "b"),
                        new Line(Kind.ADDED, 0, 2, "B"),
                        new Line(Kind.SAME, 3, 3, "c"),
                        new Line(Kind.ADDED, 0, 4, "d"));
    }

    @Test
    void identicalTextsHaveOnlyUnchangedLines() {
        assertThat(VersionDiff.lines("x\ny", "x\ny")).allMatch(l -> l.kind() == Kind.SAME);
    }
}
