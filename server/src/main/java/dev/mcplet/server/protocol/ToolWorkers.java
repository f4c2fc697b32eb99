package dev.mcplet.server.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.McpContext;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolSet;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs tool calls that have a deadline on worker threads, so that a call still running at its
 * deadline can be answered while the tool goes on (a Java thread cannot be stopped safely). The
 * caller waits for the worker until the deadline; an idle worker is reused by the next call, and
 * one left behind by a late tool ends when the tool returns.
 *
 * <p>The hand-off is most of what a deadline costs a small call, so it is kept to one wake-up
 * each way, and the worker's is started early ({@link #expectCall()}, when a request arrives):
 * the caller unparks the worker, then waits for it by yielding for a few microseconds (a small
 * tool is done by then, and on a single CPU yielding is what lets the worker run), and only then
 * parks until the worker unparks it or the deadline passes. Plain threads and
 * {@link LockSupport}, no executor: this runs on a Lambda function's request path, where every
 * class loaded counts on a cold start.
 */
final class ToolWorkers {

    /**
     * How long a caller yields for its worker before it parks: longer than a small tool takes
     * once its worker is awake, much shorter than any deadline.
     */
    private static final long YIELD_NANOS = 50_000;

    /**
     * How long a worker woken by {@link #expectCall()} waits, yielding, for the call before it
     * parks again: longer than reading and routing a request, short enough that a request that
     * turns out not to be a tool call costs next to nothing.
     */
    private static final long EXPECT_NANOS = 50_000;

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
     * what it threw, or returns {@link #TIMED_OUT} at the deadline (or when the calling thread is
     * interrupted; its interrupt status is kept).
     */
    static CallResult call(ToolSet set, String name, ObjectNode arguments, McpContext context, long deadlineNanos)
            throws Exception {
        Worker worker = take();
        worker.assign(Thread.currentThread(), set, name, arguments, context);
        long yieldUntil = System.nanoTime() + YIELD_NANOS;
        while (!worker.done) {
            long now = System.nanoTime();
            // An interrupt (the local server stopping) ends the wait as the deadline would: parkNanos
            // returns at once for an interrupted thread, so waiting on would only spin.
            if (now - deadlineNanos >= 0 || Thread.currentThread().isInterrupted()) {
                if (worker.abandon()) {
                    return TIMED_OUT; // the worker ends when the tool returns
                }
                break; // it finished just now
            }
            if (now - yieldUntil < 0) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(worker, deadlineNanos - now); // woken by the worker, or wakes at the deadline
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

    /**
     * Wakes an idle worker ahead of a request that may be a tool call, so that its wake-up (most
     * of what the hand-off costs a small call: a parked thread takes tens of microseconds to run
     * again on a virtual machine) overlaps reading and routing the request instead of following
     * them. The worker waits for the call for {@link #EXPECT_NANOS}, then parks again.
     */
    static void expectCall() {
        Worker worker;
        synchronized (ToolWorkers.class) {
            worker = idle;
        }
        if (worker != null && !worker.expected) {
            worker.expected = true;
            LockSupport.unpark(worker);
        }
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

    /**
     * One worker thread. A call's fields are written by the caller before the volatile write of
     * {@link #assigned} and read by the worker after reading it; the result is written by the
     * worker before the volatile write of {@link #done} and read by the caller after reading it.
     * {@link #abandoned} and the final write of {@code done} are guarded by the worker itself, so
     * that a caller giving up at its deadline and a tool finishing at that moment agree on which
     * happened.
     */
    private static final class Worker extends Thread {
        Worker next;
        private Thread caller;
        private ToolSet set;
        private String name;
        private ObjectNode arguments;
        private McpContext context;
        CallResult result;
        Throwable failure;
        volatile boolean done;
        private volatile boolean assigned;
        /** Set by {@link #expectCall()}: a call may come soon, so wait for it awake for a while. */
        volatile boolean expected;
        private boolean abandoned;

        Worker(String threadName) {
            super(threadName);
            setDaemon(true);
        }

        void assign(Thread caller, ToolSet set, String name, ObjectNode arguments, McpContext context) {
            this.caller = caller;
            this.set = set;
            this.name = name;
            this.arguments = arguments;
            this.context = context;
            this.done = false;
            this.assigned = true;
            LockSupport.unpark(this);
        }

        /** Whether the caller gave up on the call (true) or the tool had already finished (false). */
        synchronized boolean abandon() {
            if (done) {
                return false;
            }
            abandoned = true;
            return true;
        }

        void clear() {
            caller = null;
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
                while (!assigned) {
                    if (expected) {
                        long until = System.nanoTime() + EXPECT_NANOS;
                        while (!assigned && System.nanoTime() - until < 0) {
                            Thread.yield();
                        }
                        expected = false;
                    } else {
                        LockSupport.park(this); // may return spuriously: hence the loop
                    }
                }
                assigned = false;
                String callName = name;
                CallResult callResult = null;
                Throwable callFailure = null;
                try {
                    callResult = set.call(callName, arguments, context);
                } catch (Throwable t) {
                    callFailure = t;
                }
                Thread waiting = caller;
                boolean late;
                synchronized (this) {
                    result = callResult;
                    failure = callFailure;
                    done = true;
                    late = abandoned;
                }
                if (late) {
                    ServerLog.finishedLate(callName, callFailure);
                    return;
                }
                LockSupport.unpark(waiting);
            }
        }
    }
}
