package dev.mcplet.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Stats.median(List.of(5.0, 1.0, 3.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
  }

  @Test
  void ratiosArePairedByRoundBeforeTheMedian() {
    // Round-by-round ratios 2, 0.5, 3 → median 2, although the medians' ratio is 10/10 = 1.
    assertEquals(2.0, Stats.medianRatio(List.of(20.0, 10.0, 3.0), List.of(10.0, 20.0, 1.0)));
  }
}
