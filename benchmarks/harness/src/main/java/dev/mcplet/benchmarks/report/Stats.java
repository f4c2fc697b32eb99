package dev.mcplet.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians, and medians of per-round ratios (each ratio from two runs made side by side). */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static double medianRatio(List<Double> subject, List<Double> reference) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(subject.size(), reference.size()); i++) {
      ratios.add(subject.get(i) / reference.get(i));
    }
    return median(ratios);
  }
}
