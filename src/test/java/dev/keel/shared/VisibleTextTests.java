package dev.keel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u202e\u2066\t", "\u200b\u200d\ufeff", "\u3000", "\u0007"})
    void onlySpacesAndInvisibleMarksShowNothing(String text) {
        assertThat(VisibleText.present(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "数据库", "\u202e已重启", " 1 ", "😀", "\u05d0"})
    void anyVisibleCharacterCounts(String text) {
        assertThat(VisibleText.present(text)).isTrue();
    }
}
