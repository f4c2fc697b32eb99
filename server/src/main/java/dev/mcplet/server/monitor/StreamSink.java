package dev.mcplet.server.monitor;

import java.io.PrintStream;
import java.util.Objects;

/** A sink on a print stream: one {@code println} per line, which the stream keeps whole. */
final class StreamSink implements LogSink {

    private final PrintStream stream;

    StreamSink(PrintStream stream) {
        this.stream = Objects.requireNonNull(stream, "stream");
    }

    @Override
    public void write(LogLevel level, String line) {
        stream.println(line);
    }

    @Override
    public String toString() {
        return stream == System.out ? "stdout" : stream == System.err ? "stderr" : "stream";
    }
}
