package dev.keel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongPasswordWithThreeCharacterClasses() {
        assertThat(PasswordPolicy.problems("Harbour-lights-42", "li.na")).isEmpty();
        assertThat(PasswordPolicy.problems("服务台Desk2026xyz", "li.na")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.problems("Ab1!ab1!", "x")).contains("password.tooShort");
    }

    @Test
    void refusesPasswordsWithFewCharacterClasses() {
        assertThat(PasswordPolicy.problems("alllowercaseletters", "x")).containsExactly("password.tooSimple");
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(PasswordPolicy.problems("Zhang.San-2026-pw", "zhang.san")).contains("password.containsUsername");
    }

    @Test
    void refusesWellKnownPasswords() {
        assertThat(PasswordPolicy.problems("P@ssw0rd1234", "x")).contains("password.wellKnown");
    }

    @Test
    void reportsEveryBrokenRule() {
        assertThat(PasswordPolicy.problems("abc", "abc"))
                .containsExactlyInAnyOrder("password.tooShort", "password.tooSimple", "password.containsUsername");
    }
}
