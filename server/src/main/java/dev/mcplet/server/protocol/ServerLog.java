package dev.mcplet.server.protocol;

import java.io.PrintStream;

/**
 * The server's own log: plain lines on standard error, which the local server shows in the
 * terminal and AWS Lambda sends to CloudWatch. No logging framework: initialising one costs
 * start-up time on every cold start, and the server logs only failures.
 */
final class ServerLog {

    private ServerLog() {
    }

    /** A tool failed; with {@code trace}, the stack trace follows the line. */
    static void toolFailed(String tool, Throwable failure, boolean trace) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("mcplet: tool '" + tool + "' failed: " + failure);
            if (trace) {
                failure.printStackTrace(err);
            }
        }
    }

    /**
     * An application method behind a resource, prompt or completion failed ({@code what} names
     * it, e.g. {@code "resource 'test://a'"}); with {@code trace}, the stack trace follows the line.
     */
    static void methodFailed(String what, Throwable failure, boolean trace) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("mcplet: " + what + " failed: " + failure);
            if (trace) {
                failure.printStackTrace(err);
            }
        }
    }

    /** Something that is the server's fault, not the client's. */
    static void internalError(String what, Throwable failure) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("mcplet: internal error " + what + ": " + failure);
            failure.printStackTrace(err);
        }
    }
}
