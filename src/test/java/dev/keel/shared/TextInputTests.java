package dev.keel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInputTests {

    @Test
    void singleLineTextLosesControlsLineBreaksAndBidiOverridesButKeepsEveryScript() {
        assertThat(TextInput.singleLine("invoice\u202Etxt.exe")).isEqualTo("invoicetxt.exe");
        assertThat(TextInput.singleLine("a\u0000b\r\nc\td\u2066e\u2069")).isEqualTo("ab  c de");
        assertThat(TextInput.singleLine("打印机无法连接 😀 Привет مرحبا")).isEqualTo("打印机无法连接 😀 Привет مرحبا");
    }

    @Test
    void multiLineTextKeepsLineFeedsAndTabsAndLosesOtherControls() {
        assertThat(TextInput.multiLine("first\r\nsecond\rthird\n\tfourth\u0000\u0007\u001b[31m"))
                .isEqualTo("first\nsecond\nthird\n\tfourth[31m");
        assertThat(TextInput.multiLine("第一行\n第二行 😀")).isEqualTo("第一行\n第二行 😀");
    }

    @Test
    void fieldKindFollowsTheName() {
        assertThat(TextInput.isSingleLineField("title")).isTrue();
        assertThat(TextInput.isSingleLineField("displayName")).isTrue();
        assertThat(TextInput.isSingleLineField("fileName")).isTrue();
        assertThat(TextInput.isSingleLineField("description")).isFalse();
        assertThat(TextInput.isSingleLineField("body")).isFalse();
    }

    @Test
    void onlyCanonicalDecimalNumbersAreIds() {
        assertThat(CanonicalNumbers.parseLong("4")).hasValue(4);
        assertThat(CanonicalNumbers.parseLong("0")).hasValue(0);
        assertThat(CanonicalNumbers.parseLong("-12")).hasValue(-12);
        for (String bad : new String[] {" 4", "+4", "0004", "0x4", "\uFF14", "4 ", "", "-0", "99999999999999999999"}) {
            assertThat(CanonicalNumbers.parseLong(bad)).as(bad).isEmpty();
        }
    }
}
