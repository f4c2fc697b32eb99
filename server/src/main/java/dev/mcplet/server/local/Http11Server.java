package dev.mcplet.server.local;

import dev.mcplet.server.http.HttpEndpoint;
import dev.mcplet.server.http.HttpRequest;
import dev.mcplet.server.http.HttpResponse;
import dev.mcplet.server.protocol.McpProtocol;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The local server's HTTP/1.1 engine on plain sockets: one accepting thread that never blocks on
 * a client, a thread per open connection (at most {@code maxConnections}), and at most
 * {@code threads} requests in the endpoint at once.
 *
 * <p>The JDK's built-in server read request heads and bodies on its few worker threads with no
 * timeout, so four stalled clients locked everyone out; it wrote head and body apart with
 * Nagle's algorithm on (about 40 ms per request on a kept-alive connection); and it closed idle
 * connections past 200 without saying so. Its knobs are JVM-wide system properties that differ
 * between JDK releases. Hence this small engine, whose every read has a deadline.
 */
final class Http11Server {

    /** The whole answer to a connection past {@code maxConnections}, written without reading its request. */
    private static final byte[] BUSY = busy();

    private static byte[] busy() {
        byte[] body = McpProtocol.transportError("Service Unavailable: too many connections; try again");
        byte[] head = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private final HttpEndpoint endpoint;
    private final ServerSocket listener;
    private final int maxBodyBytes;
    private final int maxConnections;
    private final long readTimeoutMillis;
    private final long idleTimeoutMillis;
    private final Semaphore requests;
    private final ThreadPoolExecutor connections;
    private final Set<Http11Connection> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    /** Requests in the endpoint; guarded by {@code this}. */
    private int active;
    private volatile boolean stopping;

    Http11Server(HttpEndpoint endpoint, ServerSocket listener, int maxBodyBytes, int threads, int maxConnections,
            long readTimeoutMillis, long idleTimeoutMillis) {
        this.endpoint = endpoint;
        this.listener = listener;
        this.maxBodyBytes = maxBodyBytes;
        this.maxConnections = maxConnections;
        this.readTimeoutMillis = readTimeoutMillis;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.requests = new Semaphore(threads);
        // Twice the connections: a closed connection's thread may linger up to 2 s (see Http11Connection).
        this.connections = new ThreadPoolExecutor(0, 2 * maxConnections, 30, TimeUnit.SECONDS,
                new SynchronousQueue<Runnable>(), new WorkerThreads(), new ThreadPoolExecutor.AbortPolicy());
        // Not a daemon: the accepting thread keeps the JVM alive after main returns, as a server should.
        this.acceptor = new Thread(new Accept(this), "mcplet-local-accept");
    }

    void start() {
        acceptor.start();
    }

    int maxBodyBytes() {
        return maxBodyBytes;
    }

    long readTimeoutMillis() {
        return readTimeoutMillis;
    }

    long idleTimeoutMillis() {
        return idleTimeoutMillis;
    }

    /**
     * Whether a connection may stay open after its answer: not while stopping, nor when three
     * quarters of the connections are taken (their answers say {@code Connection: close}, so
     * that idle clients make room before new ones are turned away).
     */
    boolean keepsConnections() {
        return !stopping && open.size() * 4 <= maxConnections * 3;
    }

    HttpResponse handle(HttpRequest request) {
        requests.acquireUninterruptibly();
        synchronized (this) {
            active++;
        }
        try {
            return endpoint.handle(request);
        } finally {
            requests.release();
            synchronized (this) {
                if (--active == 0) {
                    notifyAll();
                }
            }
        }
    }

    void closed(Http11Connection connection) {
        open.remove(connection);
    }

    private void accept() {
        while (!stopping) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return; // closed by stop()
            }
            try {
                socket.setTcpNoDelay(true);
                if (open.size() >= maxConnections) {
                    turnAway(socket);
                    continue;
                }
                Http11Connection connection = new Http11Connection(this, socket);
                open.add(connection);
                try {
                    connections.execute(connection);
                } catch (RejectedExecutionException e) {
                    open.remove(connection);
                    turnAway(socket);
                }
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
    }

    /** 503 without reading the request: a fresh socket's send buffer takes it without blocking. */
    private static void turnAway(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(BUSY);
            socket.shutdownOutput();
        } catch (IOException e) {
            // Gone already.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }

    /**
     * Stops accepting, waits until no request is in the endpoint or the deadline
     * ({@link System#nanoTime()}) passes, then closes every connection.
     */
    void stop(long deadlineNanos) throws InterruptedException {
        stopping = true;
        try {
            listener.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        synchronized (this) {
            while (active > 0) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
        for (Http11Connection connection : open) {
            connection.close();
        }
        connections.shutdownNow();
    }

    /** The accepting thread's task. A class, not a lambda: see DESIGN.md. */
    private static final class Accept implements Runnable {
        private final Http11Server server;

        Accept(Http11Server server) {
            this.server = server;
        }

        @Override
        public void run() {
            server.accept();
        }
    }
}
