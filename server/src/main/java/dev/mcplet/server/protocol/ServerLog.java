package dev.mcplet.server.protocol;

import java.io.PrintStream;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * A tool threw an exception whose message is kept from the client: the line carries the
     * reference the client was given, then the stack trace.
     */
    static void toolFailed(String tool, String reference, Throwable failure) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("mcplet: tool '" + tool + "' failed (reference " + reference + "): " + failure);
            failure.printStackTrace(err);
        }
    }

    /** A tool was still running at its request's deadline; the client got a tool error. */
    static void deadlinePassed(String tool) {
        System.err.println("mcplet: tool '" + tool + "' was still running at its request's deadline;"
                + " answered with a tool error");
    }

    /** A tool whose caller was answered at the deadline has now returned (or thrown {@code failure}, if not null). */
    static void finishedLate(String tool, Throwable failure) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("mcplet: tool '" + tool + "' finished after its request's deadline"
                    + (failure == null ? "" : ", with " + failure));
        }
    }

    /** A fresh reference for a failure: 12 hex digits, unique enough to find one line in a log. */
    static String reference() {
        String hex = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffffL);
        return "000000000000".substring(hex.length()) + hex;
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
