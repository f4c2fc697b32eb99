package dev.mcplet.server.protocol;

/**
 * The failure the server logged while it answered one request, kept for that request's log line
 * instead of printed as free text. On AWS Lambda every line of standard error is a log event of
 * its own, so a stack trace printed there is split into dozens of events, none of which says
 * which request it belongs to; inside the request line it is one event, beside the request id.
 *
 * <p>The request monitor arms the capture of the thread that handles a request ({@link #begin()}),
 * answers it, then {@link #stop() stops} it and writes the request line with the failure in it
 * (or, when that line is not written, {@link #printUnlogged() prints} the failure as before).
 * Failures logged on other threads, or when nothing is armed (no request log), or after the
 * first one of a request, are printed at once, as text. Not for applications.
 */
public final class RequestFailures {

    /** One instance per thread, reused: arming a request costs no allocation. */
    private static final ThreadLocal<RequestFailures> CURRENT = new ThreadLocal<>();

    private boolean armed;
    private String message;
    private String reference;
    private Throwable failure;
    private boolean trace;
    private boolean severe;

    private RequestFailures() {
    }

    /** Arms the current thread's capture for the request it is about to handle. */
    public static RequestFailures begin() {
        RequestFailures failures = CURRENT.get();
        if (failures == null) {
            failures = new RequestFailures();
            CURRENT.set(failures);
        }
        failures.clear();
        failures.armed = true;
        return failures;
    }

    /** Stops capturing; what was captured stays readable until {@link #clear()} or the next {@link #begin()}. */
    public void stop() {
        armed = false;
    }

    /** Forgets the captured failure (its exception is not kept alive by an idle thread). */
    public void clear() {
        message = null;
        reference = null;
        failure = null;
        trace = false;
        severe = false;
    }

    /**
     * Keeps a failure for the current request's line.
     *
     * @return false when it was not kept (nothing armed on this thread, or a failure is kept
     *         already), and the caller prints it
     */
    static boolean keep(String message, String reference, Throwable failure, boolean trace, boolean severe) {
        RequestFailures failures = CURRENT.get();
        if (failures == null || !failures.armed || failures.message != null) {
            return false;
        }
        failures.message = message;
        failures.reference = reference;
        failures.failure = failure;
        failures.trace = trace;
        failures.severe = severe;
        return true;
    }

    /**
     * A fault of the server's own while it answered the current request (the HTTP layer, or the
     * verification of access tokens): kept for the request's line like any other failure, else
     * printed. For the server's packages, not for applications.
     */
    public static void serverFault(String message, Throwable failure, boolean trace) {
        ServerLog.report(message, null, failure, trace, true);
    }

    /** Whether a failure was kept. */
    public boolean any() {
        return message != null;
    }

    /** What failed, e.g. {@code tool 'add' failed}; null when nothing did. */
    public String message() {
        return message;
    }

    /** The reference the client was given for the failure, or null. */
    public String reference() {
        return reference;
    }

    /** The exception's {@code toString()}, or null. */
    public String exception() {
        return failure == null ? null : failure.toString();
    }

    /** The exception's stack trace with its causes, when the log was to show it; otherwise null. */
    public String stackTrace() {
        if (failure == null || !trace) {
            return null;
        }
        return ServerLog.stackTrace(failure); // there, so its writer classes load only when something failed
    }

    /** Whether the failure is the server's or the application's fault (an unexpected exception), not a reported one. */
    public boolean severe() {
        return severe;
    }

    /** Prints the kept failure as text, as it would have been without a request log line for it. */
    public void printUnlogged() {
        if (message != null) {
            ServerLog.print(message, reference, failure, trace);
        }
    }
}
