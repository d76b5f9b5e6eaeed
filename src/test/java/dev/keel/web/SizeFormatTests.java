package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.web.shell.SizeFormat;
import org.junit.jupiter.api.Test;

class SizeFormatTests {

    private final SizeFormat size = new SizeFormat();

    @Test
    void showsSmallFilesInBytesNeverAsZeroKilobytes() {
        assertThat(size.format(0)).isEqualTo("0 B");
        assertThat(size.format(38)).isEqualTo("38 B");
        assertThat(size.format(1023)).isEqualTo("1023 B");
    }

    @Test
    void showsLargerFilesWithOneDecimalInTheLargestFittingUnit() {
        assertThat(size.format(1024)).isEqualTo("1 KB");
        assertThat(size.format(1536)).isEqualTo("1.5 KB");
        assertThat(size.format(10 * 1024 * 1024 + 300 * 1024)).isEqualTo("10.3 MB");
        assertThat(size.format(3L * 1024 * 1024 * 1024)).isEqualTo("3 GB");
    }
}
