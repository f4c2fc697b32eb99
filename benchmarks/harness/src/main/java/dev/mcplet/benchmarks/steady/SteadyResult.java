package dev.mcplet.benchmarks.steady;

/**
 * One JMH result: average time and allocation per operation, with JMH's 99.9% error on the time.
 *
 * @param benchmark {@code toolsCall} or {@code toolsList}
 */
public record SteadyResult(String jdk, String flagsName, String subject, String benchmark,
    double nanosPerOp, double nanosError, double bytesPerOp) {
}
