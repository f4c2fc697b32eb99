package dev.mcplet.server.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test double of the AWS Lambda Runtime API on loopback, enough for the real runtime interface
 * client (aws-lambda-java-runtime-interface-client) to run a function: it hands out the events
 * a test queues with {@link #invoke} and collects the function's answers.
 *
 * <p>Endpoints (version 2018-06-01), as the client uses them (its {@code LambdaRuntimeApiClientImpl}
 * and the native aws-lambda-cpp client underneath):
 * <ul>
 *   <li>{@code GET /runtime/invocation/next}: blocks until an event is queued, then 200 with the
 *       event as body and the headers {@code Lambda-Runtime-Aws-Request-Id},
 *       {@code Lambda-Runtime-Deadline-Ms} (epoch milliseconds),
 *       {@code Lambda-Runtime-Invoked-Function-Arn} and {@code Lambda-Runtime-Trace-Id};
 *   <li>{@code POST /runtime/invocation/{id}/response} and {@code .../{id}/error}: 202;
 *   <li>{@code POST /runtime/init/error}: 202 (the client then exits);
 *   <li>SnapStart: {@code GET /runtime/restore/next} (200, after the checkpoint hooks ran) and
 *       {@code POST /runtime/restore/error} (202).
 * </ul>
 * Every call is logged in order ({@link #calls()}), so a test can see the SnapStart phases.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">Lambda Runtime API</a>
 */
public final class RuntimeApiDouble implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:mcplet-test";

    /** What the function answered to one invocation. */
    public record Outcome(boolean error, String errorType, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Invocation(String id, byte[] event) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final BlockingQueue<Invocation> queued = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile String initError;
    private volatile String gone;
    private volatile Runnable onRestoreNext;

    private RuntimeApiDouble(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts on 127.0.0.1 with a free port. */
    public static RuntimeApiDouble start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        // One thread may sit in a blocked invocation/next; the others answer the rest.
        ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "runtime-api-double");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        RuntimeApiDouble double_ = new RuntimeApiDouble(server, threads);
        server.createContext(PREFIX, double_::exchange);
        server.start();
        return double_;
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:<port>}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Queues one event and waits for the function's answer.
     *
     * @throws AssertionError when the function reports an init error, the runtime is gone (see
     *     {@link #gone(String)}), or no answer comes within the timeout
     */
    public Outcome invoke(byte[] event, Duration timeout) throws InterruptedException {
        String id = "req-" + ids.incrementAndGet();
        BlockingQueue<Outcome> answer = new LinkedBlockingQueue<>();
        outcomes.put(id, answer);
        queued.add(new Invocation(id, event));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Outcome outcome = answer.poll(50, TimeUnit.MILLISECONDS);
            if (outcome != null) {
                return outcome;
            }
            if (initError != null) {
                throw new AssertionError("the function failed to initialize: " + initError);
            }
            if (gone != null) {
                throw new AssertionError("no answer to " + id + ": " + gone);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answer to " + id + " within " + timeout + "; calls so far: " + calls());
            }
        }
    }

    /** Fails waiting and future invocations at once, e.g. when the runtime process exited. */
    public void gone(String why) {
        gone = why;
    }

    /**
     * Runs an action when the runtime asks for {@code restore/next}, before answering it: the
     * moment between the checkpoint hooks (done) and the first invocation (not yet asked for).
     */
    public void onRestoreNext(Runnable action) {
        onRestoreNext = action;
    }

    /** The body of an {@code init/error} report, or null. */
    public String initError() {
        return initError;
    }

    /** Every call received, in order: {@code GET invocation/next}, {@code POST invocation/req-1/response}, ... */
    public List<String> calls() {
        synchronized (calls) {
            return new ArrayList<>(calls);
        }
    }

    @Override
    public void close() {
        gone = "the Runtime API double is closed";
        server.stop(0);
        threads.shutdownNow();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            synchronized (calls) {
                calls.add(method + " " + path);
            }
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.startsWith("invocation/") && path.endsWith("/response")) {
                answered(exchange, path.substring("invocation/".length(), path.length() - "/response".length()),
                        new Outcome(false, null, body));
            } else if (method.equals("POST") && path.startsWith("invocation/") && path.endsWith("/error")) {
                answered(exchange, path.substring("invocation/".length(), path.length() - "/error".length()),
                        new Outcome(true, exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"),
                                body));
            } else if (method.equals("POST") && path.equals("init/error")) {
                initError = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type") + " "
                        + new String(body, StandardCharsets.UTF_8);
                status(exchange, 202);
            } else if (method.equals("GET") && path.equals("restore/next")) {
                Runnable action = onRestoreNext;
                if (action != null) {
                    action.run();
                }
                status(exchange, 200);
            } else if (method.equals("POST") && path.equals("restore/error")) {
                initError = "restore failed: " + new String(body, StandardCharsets.UTF_8);
                status(exchange, 202);
            } else {
                status(exchange, 404);
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation = null;
        try {
            while (invocation == null && gone == null) {
                invocation = queued.poll(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (invocation == null) {
            status(exchange, 500);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Lambda-Runtime-Aws-Request-Id", invocation.id());
        exchange.getResponseHeaders().set("Lambda-Runtime-Deadline-Ms",
                Long.toString(System.currentTimeMillis() + 30_000));
        exchange.getResponseHeaders().set("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        exchange.getResponseHeaders().set("Lambda-Runtime-Trace-Id",
                "Root=1-5f84c7a9-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0");
        exchange.sendResponseHeaders(200, invocation.event().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(invocation.event());
        }
    }

    private void answered(HttpExchange exchange, String id, Outcome outcome) throws IOException {
        BlockingQueue<Outcome> answer = outcomes.remove(id);
        status(exchange, answer == null ? 400 : 202);
        if (answer != null) {
            answer.add(outcome);
        }
    }

    private static void status(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }
}
