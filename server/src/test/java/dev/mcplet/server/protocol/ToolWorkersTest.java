package dev.mcplet.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import dev.mcplet.server.tool.CallResult;
import dev.mcplet.server.tool.ToolDescriptor;
import dev.mcplet.server.tool.ToolSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The deadline hand-off itself: results, failures, concurrency, deadlines and interrupts. */
class ToolWorkersTest {

    private static final long FAR = 60_000_000_000L;

    /** Answers with the argument "n" echoed; "sleep" ms of sleep first; "fail" throws. */
    private static final ToolSet ECHO = new ToolSet() {
        @Override
        public List<ToolDescriptor> tools() {
            return List.of();
        }

        @Override
        public CallResult call(String name, ObjectNode arguments) throws Exception {
            long sleep = arguments.path("sleep").asLong(0);
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
            if (arguments.has("fail")) {
                throw new IllegalStateException(arguments.path("fail").asText());
            }
            return CallResult.text(name + ":" + arguments.path("n").asInt());
        }
    };

    private static ObjectNode args(String json) throws Exception {
        return (ObjectNode) Json.parse(json);
    }

    private static String text(CallResult result) throws Exception {
        return new String(CallResultJson.response(Json.NODES.numberNode(1), result, ProtocolVersion.LATEST),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void callsReturnWhatTheToolReturnsAndThrowWhatItThrows() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            CallResult result = ToolWorkers.call(ECHO, "echo", args("{\"n\":" + i + "}"), null, System.nanoTime() + FAR);
            assertTrue(text(result).contains("echo:" + i), text(result));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ToolWorkers.call(ECHO, "echo", args("{\"fail\":\"disk full\"}"), null, System.nanoTime() + FAR));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void concurrentCallersEachGetTheirOwnResult() throws Exception {
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 500; i++) {
                        int n = thread * 1_000 + i;
                        CallResult result = ToolWorkers.call(ECHO, "t", args("{\"n\":" + n + "}"), null, System.nanoTime() + FAR);
                        if (!text(result).contains("t:" + n + "\"")) {
                            throw new AssertionError("call " + n + " answered " + text(result));
                        }
                    }
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() != null) {
            throw new AssertionError(failed.get());
        }
    }

    @Test
    void theDeadlineAnswersWhileTheToolGoesOn() throws Exception {
        long begin = System.nanoTime();
        CallResult result = ToolWorkers.call(ECHO, "slow", args("{\"sleep\":2000}"), null, System.nanoTime() + 100_000_000L);
        long tookMs = (System.nanoTime() - begin) / 1_000_000;
        assertSame(ToolWorkers.TIMED_OUT, result);
        assertTrue(tookMs < 1_500, "answered after " + tookMs + " ms");
        // the next call gets another worker and is answered as usual
        assertTrue(text(ToolWorkers.call(ECHO, "echo", args("{\"n\":7}"), null, System.nanoTime() + FAR)).contains("echo:7"));
    }

    @Test
    void anInterruptedCallerStopsWaitingAndKeepsItsInterrupt() throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                CallResult result = ToolWorkers.call(ECHO, "slow", args("{\"sleep\":3000}"), null, System.nanoTime() + FAR);
                outcome.set(result == ToolWorkers.TIMED_OUT && Thread.currentThread().isInterrupted() ? "stopped" : result);
            } catch (Exception e) {
                outcome.set(e);
            }
        });
        long begin = System.nanoTime();
        caller.start();
        Thread.sleep(100);
        caller.interrupt();
        caller.join(2_000);
        assertEquals("stopped", outcome.get());
        assertTrue((System.nanoTime() - begin) / 1_000_000 < 2_000);
    }

    @Test
    void aWorkerWokenAheadServesTheCallThatFollowsAndOneThatComesLate() throws Exception {
        ToolWorkers.call(ECHO, "echo", args("{\"n\":1}"), null, System.nanoTime() + FAR); // an idle worker exists
        for (int i = 0; i < 500; i++) {
            ToolWorkers.expectCall();
            assertTrue(text(ToolWorkers.call(ECHO, "echo", args("{\"n\":" + i + "}"), null, System.nanoTime() + FAR))
                    .contains("echo:" + i + "\""));
        }
        ToolWorkers.expectCall();
        Thread.sleep(5); // longer than a woken worker waits: it parks again
        assertTrue(text(ToolWorkers.call(ECHO, "echo", args("{\"n\":9}"), null, System.nanoTime() + FAR)).contains("echo:9"));
        ToolWorkers.expectCall();
        ToolWorkers.expectCall(); // twice, or with no call after: harmless
    }
}
