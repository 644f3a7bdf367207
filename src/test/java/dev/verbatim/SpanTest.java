package dev.verbatim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanTest {

    @Test
    void unionSortsAndJoinsOverlappingSpansButKeepsTouchingOnesApart() {
        List<Span> union = Span.union(List.of(new Span(45, 49), new Span(16, 35), new Span(30, 40), new Span(20, 25),
                new Span(40, 44)));

        assertThat(union).containsExactly(new Span(16, 40), new Span(40, 44), new Span(45, 49));
        assertThat(Span.ordered(union)).isEqualTo(union); // usable as a quote's spans
        assertThat(Span.union(List.of())).isEmpty();
    }
}
