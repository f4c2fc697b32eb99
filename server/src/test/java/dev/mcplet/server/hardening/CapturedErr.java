package dev.mcplet.server.hardening;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what the server logs on standard error while a test runs. */
final class CapturedErr {

    private final PrintStream original;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private CapturedErr() {
        original = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    static CapturedErr start() {
        return new CapturedErr();
    }

    void stop() {
        System.setErr(original);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
