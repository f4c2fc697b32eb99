package dev.mcplet.server.protocol;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server's own log of failures. With a request log (on AWS Lambda, by default), a failure
 * met while answering a request goes into that request's line ({@link RequestFailures}): one
 * CloudWatch event, stack trace included, beside the request id. Otherwise, and for what happens
 * outside a request, it is plain lines on standard error, which the local server shows in the
 * terminal. No logging framework: initialising one costs start-up time on every cold start, and
 * the server logs only failures.
 */
final class ServerLog {

    private ServerLog() {
    }

    /** A tool failed; with {@code trace}, the stack trace follows the line. */
    static void toolFailed(String tool, Throwable failure, boolean trace) {
        report("tool '" + tool + "' failed", null, failure, trace, false);
    }

    /**
     * An application method behind a resource, prompt or completion failed ({@code what} names
     * it, e.g. {@code "resource 'test://a'"}); with {@code trace}, the stack trace follows the line.
     */
    static void methodFailed(String what, Throwable failure, boolean trace) {
        report(what + " failed", null, failure, trace, false);
    }

    /**
     * A tool, or a method behind a resource, prompt or completion ({@code what}, e.g.
     * {@code "tool 'add'"}), threw an exception whose message is kept from the client: the line
     * carries the reference the client was given, then the stack trace.
     */
    static void failedWithReference(String what, String reference, Throwable failure) {
        report(what + " failed", reference, failure, true, true);
    }

    /** A tool was still running at its request's deadline; the client got a tool error. */
    static void deadlinePassed(String tool) {
        report("tool '" + tool + "' was still running at its request's deadline; answered with a tool error", null,
                null, false, false);
    }

    /**
     * A tool whose caller was answered at the deadline has now returned (or thrown {@code failure},
     * if not null). Its request is over, so this is always a line of its own.
     */
    static void finishedLate(String tool, Throwable failure) {
        print("tool '" + tool + "' finished after its request's deadline" + (failure == null ? "" : ", with " + failure),
                null, null, false);
    }

    /** A fresh reference for a failure: 12 hex digits, unique enough to find one line in a log. */
    static String reference() {
        String hex = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffffL);
        return "000000000000".substring(hex.length()) + hex;
    }

    /** Something that is the server's fault, not the client's. */
    static void internalError(String what, Throwable failure) {
        report("internal error " + what, null, failure, true, true);
    }

    static void report(String message, String reference, Throwable failure, boolean trace, boolean severe) {
        if (!RequestFailures.keep(message, reference, failure, trace, severe)) {
            print(message, reference, failure, trace);
        }
    }

    /** The stack trace {@link Throwable#printStackTrace()} would print, causes included. */
    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** {@code mcplet: <message> (reference <r>): <failure>}, then the stack trace when {@code trace}. */
    static void print(String message, String reference, Throwable failure, boolean trace) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("mcplet: " + message + (reference == null ? "" : " (reference " + reference + ")")
                    + (failure == null ? "" : ": " + failure));
            if (trace && failure != null) {
                failure.printStackTrace(err);
            }
        }
    }
}
