package dev.mcplet.benchmarks.coldstart;

import java.util.List;

/**
 * One cold start, timed from outside: every time is measured by the parent from just before it
 * launched the process to the arrival of the child's line saying that point was reached.
 *
 * @param initNanos launch to "function initialised" (handler class loaded and constructed)
 * @param responseNanos launch to each complete response, in event order
 * @param inChildResponseNanos the same points stamped by the child's own monotonic clock
 *     (CLOCK_MONOTONIC is shared by processes on Linux); differs from the outside figure only by
 *     the pipe hand-off, kept as a cross-check
 * @param peakRssKib VmHWM of the child, read from /proc after the last response
 * @param responses the response bytes, for checking correctness after the clock stopped
 */
public record TimedRun(long initNanos, List<Long> responseNanos, List<Long> inChildResponseNanos,
    long peakRssKib, List<byte[]> responses) {

  public long firstNanos() {
    return responseNanos.get(0);
  }

  public long lastNanos() {
    return responseNanos.get(responseNanos.size() - 1);
  }
}
