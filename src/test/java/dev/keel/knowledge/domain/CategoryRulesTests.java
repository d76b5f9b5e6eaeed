package dev.keel.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The category tree's rules, without a database. */
class CategoryRulesTests {

    // 1 网络 / Network ─ 2 无线 / Wireless ─ 3 访客 / Guest ─ 4 门禁 / Portal
    // 5 账号 / Accounts (retired) ─ 6 密码 / Passwords
    private final CategoryRules rules = new CategoryRules(List.of(
            new CategoryRules.Item(1, null, "网络", "Network", true),
            new CategoryRules.Item(2, 1L, "无线", "Wireless", true),
            new CategoryRules.Item(3, 2L, "访客", "Guest", true),
            new CategoryRules.Item(4, 3L, "门禁", "Portal", true),
            new CategoryRules.Item(5, null, "账号", "Accounts", false),
            new CategoryRules.Item(6, 5L, "密码", "Passwords", true)));

    private static String field(DomainException e) {
        return e.fieldProblems().getFirst().field();
    }

    private static String key(DomainException e) {
        return e.fieldProblems().getFirst().messageKey();
    }

    @Test
    void namesAreTrimmedRequiredAndLimited() {
        assertThat(CategoryRules.name("  打印机 ", "nameZh")).isEqualTo("打印机");
        assertThatThrownBy(() -> CategoryRules.name("   ", "nameEn"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(field(e)).isEqualTo("nameEn");
                    assertThat(key(e)).isEqualTo("knowledge.category.validation.name");
                });
        assertThatThrownBy(() -> CategoryRules.name(null, "nameZh")).isInstanceOf(DomainException.class);
        assertThat(CategoryRules.name("x".repeat(100), "nameEn")).hasSize(100);
        assertThatThrownBy(() -> CategoryRules.name("x".repeat(101), "nameEn"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(key(e)).isEqualTo("knowledge.validation.tooLong"));
    }

    @Test
    void bothMissingNamesAreReportedTogether() {
        CategoryRules.requireBothNames("网络", "Network");
        assertThatThrownBy(() -> CategoryRules.requireBothNames(" ", null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldProblems())
                                .extracting(DomainException.FieldProblem::field)
                                .containsExactly("nameZh", "nameEn"));
    }

    @Test
    void sortOrderIsBounded() {
        assertThat(CategoryRules.sortOrder(null)).isZero();
        assertThat(CategoryRules.sortOrder(9999)).isEqualTo(9999);
        assertThatThrownBy(() -> CategoryRules.sortOrder(-1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CategoryRules.sortOrder(10_000)).isInstanceOf(DomainException.class);
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrADescendant() {
        assertThatThrownBy(() -> rules.checkPlacement(2L, 2L, "无线", "Wireless"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("cycle");
                    assertThat(field(e)).isEqualTo("parentId");
                });
        assertThatThrownBy(() -> rules.checkPlacement(1L, 4L, "网络", "Network"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("cycle"));
    }

    @Test
    void theTreeHasAtMostFourLevelsCountingTheMovedSubtree() {
        // a new child of level 4 would be level 5
        assertThatThrownBy(() -> rules.checkPlacement(null, 4L, "五级", "Fifth"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("knowledge.category.validation.depth"));
        // a new child of level 3 is fine
        rules.checkPlacement(null, 3L, "四级", "Fourth");
        // moving "Wireless" (three levels itself) under "Hardware > Disks" would need five levels
        var wider = new CategoryRules(List.of(
                new CategoryRules.Item(1, null, "网络", "Network", true),
                new CategoryRules.Item(2, 1L, "无线", "Wireless", true),
                new CategoryRules.Item(3, 2L, "访客", "Guest", true),
                new CategoryRules.Item(4, 3L, "门禁", "Portal", true),
                new CategoryRules.Item(7, null, "硬件", "Hardware", true),
                new CategoryRules.Item(8, 7L, "磁盘", "Disks", true)));
        assertThatThrownBy(() -> wider.checkPlacement(2L, 8L, "无线", "Wireless"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("knowledge.category.validation.depth"));
        // directly under "Hardware" it fits exactly (2 + 3 - 1 = 4 levels)
        wider.checkPlacement(2L, 7L, "无线", "Wireless");
        assertThat(wider.height(2)).isEqualTo(3);
        assertThat(wider.ancestors(4)).containsExactly(3L, 2L, 1L);
    }

    @Test
    void siblingNamesAreUniqueInEachLanguageIgnoringCase() {
        assertThatThrownBy(() -> rules.checkPlacement(null, null, "网络", "Networking"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(field(e)).isEqualTo("nameZh");
                    assertThat(key(e)).isEqualTo("knowledge.category.validation.duplicate");
                });
        assertThatThrownBy(() -> rules.checkPlacement(null, null, "网络服务", "network"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(field(e)).isEqualTo("nameEn"));
        // the same name under another parent is fine, and a category keeps its own name
        rules.checkPlacement(null, 1L, "网络", "Network");
        rules.checkSiblings(1L, null, "网络", "Network");
    }

    @Test
    void retiringHidesTheSubtreeAndRetiredParentsTakeNoNewChildren() {
        assertThat(rules.usable(4)).isTrue();
        assertThat(rules.usable(5)).isFalse();
        assertThat(rules.usable(6)).isFalse();
        assertThat(rules.usable(99)).isFalse();
        assertThatThrownBy(() -> rules.checkPlacement(null, 5L, "新", "New"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("knowledge.category.validation.parentRetired"));
        assertThatThrownBy(() -> rules.checkPlacement(null, 42L, "新", "New"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(key(e)).isEqualTo("knowledge.category.validation.parent"));
    }
}
