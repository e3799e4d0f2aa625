package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageSliceTests {

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void aLongListIsShownTenAtATimeAndTheLastPageHoldsTheRest() {
        assertThat(PageSlice.of(TWENTY_FIVE, null, 10).items()).containsExactlyElementsOf(TWENTY_FIVE.subList(0, 10));
        var last = PageSlice.of(TWENTY_FIVE, 2, 10);
        assertThat(last.items()).containsExactly(21, 22, 23, 24, 25);
        assertThat(last.pages()).isEqualTo(3);
        assertThat(last.paged()).isTrue();
    }

    @Test
    void aPageNumberOutOfRangeShowsTheNearestPageAndAShortListIsNotPaged() {
        assertThat(PageSlice.of(TWENTY_FIVE, 99, 10).page()).isEqualTo(2);
        assertThat(PageSlice.of(TWENTY_FIVE, -3, 10).page()).isZero();
        var shortList = PageSlice.of(List.of(1, 2), 0, 10);
        assertThat(shortList.paged()).isFalse();
        assertThat(PageSlice.of(List.of(), 0, 10).items()).isEmpty();
    }
}
