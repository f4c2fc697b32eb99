package dev.mcplet.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what the server logs on standard error while a test runs: {@link #start()} and
 * {@link #stop()} around a block, or for every test of a class as a field
 * {@code @RegisterExtension final CapturedErr stderr = CapturedErr.eachTest();}.
 */
public final class CapturedErr implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintStream original;

    private CapturedErr() {
    }

    /** Captures from now until {@link #stop()}. */
    public static CapturedErr start() {
        CapturedErr captured = new CapturedErr();
        captured.begin();
        return captured;
    }

    /** Runs {@code body} with standard error swallowed (failing application code logs stack traces there). */
    public static <T> T quietly(java.util.function.Supplier<T> body) {
        CapturedErr captured = start();
        try {
            return body.get();
        } finally {
            captured.stop();
        }
    }

    /** {@link #quietly(java.util.function.Supplier)} of a body that returns nothing. */
    public static void quietlyRun(org.junit.jupiter.api.function.Executable body) throws Throwable {
        CapturedErr captured = start();
        try {
            body.execute();
        } finally {
            captured.stop();
        }
    }

    /** Captures during each test of the class that registers it (afresh for each). */
    public static CapturedErr eachTest() {
        return new CapturedErr();
    }

    private void begin() {
        bytes.reset();
        original = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Puts the original standard error back. */
    public void stop() {
        if (original != null) {
            System.setErr(original);
            original = null;
        }
    }

    /** What was printed since the capture began (or since {@link #reset()}). */
    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was captured so far. */
    public void reset() {
        bytes.reset();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        begin();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }
}
