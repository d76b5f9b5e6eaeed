package dev.keel.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportedServerCheckTests {

    @Test
    void mariaDb1011AndNewerAreAccepted() {
        assertThat(SupportedServerCheck.problem("MariaDB", "10.11.19-MariaDB-0+deb12u1", 10, 11))
                .isNull();
        assertThat(SupportedServerCheck.problem("MariaDB", "11.4.2-MariaDB", 11, 4))
                .isNull();
    }

    @Test
    void olderMariaDbIsRefusedWithItsVersion() {
        assertThat(SupportedServerCheck.problem("MariaDB", "10.6.18-MariaDB", 10, 6))
                .contains("10.11 or newer")
                .contains("10.6.18-MariaDB");
    }

    @Test
    void mySqlIsRefusedWithTheReasonAndTheAlternatives() {
        assertThat(SupportedServerCheck.problem("MySQL", "8.0.36", 8, 0))
                .contains("MySQL 8.0.36")
                .contains("sequences")
                .contains("MariaDB 10.11");
    }
}
