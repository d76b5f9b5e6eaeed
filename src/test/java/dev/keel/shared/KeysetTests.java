package dev.keel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.shared.Keyset.PageRequest;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class KeysetTests {

    @Test
    void fullPageWithExtraRowHasACursorToTheLastItem() {
        PageRequest request = PageRequest.of(null, 3);
        List<Long> rows = LongStream.rangeClosed(10, 13).boxed().toList();

        var page = Keyset.page(rows, request, id -> id);

        assertThat(page.items()).containsExactly(10L, 11L, 12L);
        assertThat(page.hasNext()).isTrue();
        assertThat(PageRequest.of(page.nextCursor(), 3).afterLong(0)).isEqualTo(12L);
    }

    @Test
    void lastPageHasNoCursor() {
        var page = Keyset.page(List.of(1L, 2L), PageRequest.of(null, 3), id -> id);

        assertThat(page.items()).containsExactly(1L, 2L);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void firstPageStartsFromTheGivenDefault() {
        assertThat(PageRequest.of(null, null).afterLong(0)).isZero();
        assertThat(PageRequest.of("", null).limit()).isEqualTo(Keyset.DEFAULT_LIMIT);
    }

    @Test
    void refusesLimitsOutsideTheRange() {
        assertThatThrownBy(() -> PageRequest.of(null, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PageRequest.of(null, Keyset.MAX_LIMIT + 1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }

    @Test
    void refusesCursorsThatAreNotOurs() {
        assertThatThrownBy(() -> PageRequest.of("%%%", 10)).isInstanceOf(DomainException.class);
        String notANumber = Keyset.encode("abc");
        assertThatThrownBy(() -> PageRequest.of(notANumber, 10).afterLong(0)).isInstanceOf(DomainException.class);
    }
}
