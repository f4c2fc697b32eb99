package dev.mcplet.server.monitor;

import java.io.PrintStream;

/**
 * Where request-log and metric lines go. Each line is one complete JSON object without a line
 * break; a sink writes it as one log event.
 *
 * <p>The built-in sinks: {@link #stdout()} (what AWS Lambda sends to CloudWatch Logs, one event
 * per line), {@link #stderr()}, {@link #of(PrintStream)}, and {@link #slf4j(String)}, a logger
 * of the application's own SLF4J setup. {@link #auto()} picks SLF4J when the application has it
 * on its class path and standard output otherwise.
 */
public interface LogSink {

    /**
     * Whether a line of this level would be written at all; when false, the line is not even
     * formatted. The default is true: the request log's own threshold has already been applied.
     */
    default boolean enabled(LogLevel level) {
        return true;
    }

    /** Writes one line. Must not throw; may be called from many threads at once. */
    void write(LogLevel level, String line);

    /** Standard output: on AWS Lambda, one CloudWatch Logs event per line. */
    static LogSink stdout() {
        return new StreamSink(System.out);
    }

    /** Standard error. */
    static LogSink stderr() {
        return new StreamSink(System.err);
    }

    /** Any print stream, one line per call (for tests, or a file). */
    static LogSink of(PrintStream stream) {
        return new StreamSink(stream);
    }

    /**
     * The SLF4J logger of this name (the message is the JSON line; configure the logger's pattern
     * as {@code %msg%n} to keep lines parseable by CloudWatch Logs Insights).
     *
     * @throws NoClassDefFoundError when SLF4J is not on the class path
     */
    static LogSink slf4j(String loggerName) {
        return new Slf4jSink(loggerName);
    }

    /**
     * SLF4J's logger {@code dev.mcplet.request} when the application brings SLF4J with a
     * provider, standard output otherwise.
     *
     * <p>Decided once, when the server is built, without reflection: the one class compiled
     * against SLF4J is linked, and when SLF4J is absent its first call into SLF4J fails with
     * {@code NoClassDefFoundError}, which is caught here. That costs one failed class lookup; a
     * class-path resource lookup ({@code getResource("org/slf4j/LoggerFactory.class")}) costs more
     * on a cold start, because the JDK's module image reader (28 classes) is loaded to search the
     * JDK's modules first. After that, each line is a direct interface call on the logger.
     */
    static LogSink auto() {
        try {
            LogSink slf4j = Slf4jSink.ifBound(Slf4jSink.REQUEST_LOGGER);
            if (slf4j != null) {
                return slf4j;
            }
        } catch (NoClassDefFoundError absent) {
            // No SLF4J on the class path: the application did not bring a logging framework.
        }
        return stdout();
    }
}
