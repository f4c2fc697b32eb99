package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpContext;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolSet;

/**
 * Runs tool calls that have a deadline on worker threads, so that a call still running at its
 * deadline can be answered while the tool goes on (a Java thread cannot be stopped safely). The
 * caller waits for the worker until the deadline; an idle worker is reused by the next call, and
 * one left behind by a late tool ends when the tool returns.
 *
 * <p>Plain threads and monitors, no executor: this runs on a Lambda function's request path,
 * where every class loaded counts on a cold start.
 */
final class ToolWorkers {

    /** Idle workers, a stack linked through {@link Worker#next}; guarded by {@code ToolWorkers.class}. */
    private static Worker idle;
    private static int created;

    private ToolWorkers() {
    }

    /**
     * What {@link #call} returns when the deadline passed while the tool was still running
     * (compared by identity; a value rather than an exception type, which the verifier of every
     * caller's catch clause would load on a cold start).
     */
    static final CallResult TIMED_OUT = CallResult.error("timed out");

    /**
     * Calls {@code set.call(name, arguments, context)} on a worker and returns what it returned or throws
     * what it threw, or returns {@link #TIMED_OUT} at the deadline.
     */
    static CallResult call(ToolSet set, String name, ObjectNode arguments, McpContext context, long deadlineNanos)
            throws Exception {
        Worker worker = take();
        synchronized (worker) {
            worker.assign(set, name, arguments, context);
            while (!worker.done) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    worker.abandoned = true; // it ends when the tool returns
                    return TIMED_OUT;
                }
                worker.wait(Math.max(1, left / 1_000_000));
            }
        }
        CallResult result = worker.result;
        Throwable failure = worker.failure;
        worker.clear();
        give(worker);
        if (failure instanceof Exception) {
            throw (Exception) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return result;
    }

    private static Worker take() {
        synchronized (ToolWorkers.class) {
            Worker worker = idle;
            if (worker != null) {
                idle = worker.next;
                worker.next = null;
                return worker;
            }
            created++;
        }
        Worker worker = new Worker("mcplet-tool-" + created);
        worker.start();
        return worker;
    }

    private static void give(Worker worker) {
        synchronized (ToolWorkers.class) {
            worker.next = idle;
            idle = worker;
        }
    }

    /** One worker thread; its fields are guarded by itself. */
    private static final class Worker extends Thread {
        Worker next;
        private ToolSet set;
        private String name;
        private ObjectNode arguments;
        private McpContext context;
        CallResult result;
        Throwable failure;
        boolean done;
        boolean abandoned;

        Worker(String threadName) {
            super(threadName);
            setDaemon(true);
        }

        synchronized void assign(ToolSet set, String name, ObjectNode arguments, McpContext context) {
            this.set = set;
            this.name = name;
            this.arguments = arguments;
            this.context = context;
            this.done = false;
            notifyAll();
        }

        synchronized void clear() {
            set = null;
            name = null;
            arguments = null;
            context = null;
            result = null;
            failure = null;
        }

        @Override
        public void run() {
            while (true) {
                ToolSet callSet;
                String callName;
                ObjectNode callArguments;
                McpContext callContext;
                synchronized (this) {
                    while (set == null || done) {
                        try {
                            wait();
                        } catch (Exception e) {
                            // Only InterruptedException (caught as Exception, so that its class is not
                            // loaded on a cold start): nobody interrupts a worker but the JVM's end.
                            return;
                        }
                    }
                    callSet = set;
                    callName = name;
                    callArguments = arguments;
                    callContext = context;
                }
                CallResult callResult = null;
                Throwable callFailure = null;
                try {
                    callResult = callSet.call(callName, callArguments, callContext);
                } catch (Throwable t) {
                    callFailure = t;
                }
                synchronized (this) {
                    result = callResult;
                    failure = callFailure;
                    done = true;
                    notifyAll();
                    if (abandoned) {
                        ServerLog.finishedLate(callName, callFailure);
                        return;
                    }
                }
            }
        }
    }
}
