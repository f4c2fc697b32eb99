package dev.mcplet.server.local;

import dev.mcplet.server.McpServer;
import dev.mcplet.server.http.HostGuard;
import dev.mcplet.server.http.HttpEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The development server: an {@link McpServer} on the JDK's built-in HTTP server, by default at
 * {@code http://127.0.0.1:8080/mcp}.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     LocalServer.start(McpServer.builder().name("calculator").tools(new Calculator_McpTools(new Calculator())).build());
 * }
 * }</pre>
 *
 * <p>It prints one line saying where it listens, handles requests concurrently on a bounded pool
 * of threads with a deadline on every read (a stalled client holds only its own connection),
 * turns connections past its limit away with 503, stops cleanly on Ctrl-C, and by default refuses requests whose {@code Host} is not
 * a loopback name (DNS-rebinding protection; the specification asks local servers to bind to
 * 127.0.0.1 and validate what reaches them). It only translates between the JDK's exchanges and
 * {@link McpServer#handle}: every protocol and HTTP rule lives in the server.
 *
 * <p>Host and port come from, in order: the builder, the {@code HOST} and {@code PORT}
 * environment variables, then {@code 127.0.0.1} and {@code 8080}. Port 0 picks a free port
 * (see {@link #port()}).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#security-warning">MCP: Transports, Security Warning</a>
 */
public final class LocalServer implements AutoCloseable {

    /** Default host: loopback only, as the specification recommends for local servers. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Default port. */
    public static final int DEFAULT_PORT = 8080;
    /** Default {@link Builder#maxConnections(int)}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 256;
    /** Default {@link Builder#readTimeout(Duration)}: 10 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@link Builder#idleTimeout(Duration)}: 30 seconds. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final Http11Server httpServer;
    private final String serverName;
    private final URI uri;
    private final Thread shutdownHook;
    private boolean stopped;

    private LocalServer(Http11Server httpServer, String serverName, URI uri, boolean shutdownHook) {
        this.httpServer = httpServer;
        this.serverName = serverName;
        this.uri = uri;
        this.shutdownHook = shutdownHook ? new StopOnShutdown(this) : null;
    }

    /** Starts the server with the defaults (and {@code HOST}/{@code PORT} from the environment). */
    public static LocalServer start(McpServer server) {
        return builder(server).start();
    }

    /** A builder for a server that serves {@code server}. */
    public static Builder builder(McpServer server) {
        return new Builder(server, System.getenv());
    }

    /** The port the server listens on (the real one when started on port 0). */
    public int port() {
        return uri.getPort();
    }

    /** The MCP endpoint's URL, e.g. {@code http://127.0.0.1:8080/mcp}. */
    public URI uri() {
        return uri;
    }

    /**
     * Stops accepting requests, lets the ones in progress finish for up to {@code grace}, and
     * releases the port and threads. Calling it again does nothing.
     */
    public void stop(Duration grace) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running or will run; nothing to undo.
            }
        }
        // Let the requests in progress finish, then close every connection.
        try {
            httpServer.stop(System.nanoTime() + grace.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server with a grace period of one second. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(1));
    }

    @Override
    public String toString() {
        return "LocalServer[" + uri + "]";
    }

    /** Stops the server when the JVM shuts down (Ctrl-C, SIGTERM). A class, not a lambda: see DESIGN.md. */
    private static final class StopOnShutdown extends Thread {
        private final LocalServer server;

        StopOnShutdown(LocalServer server) {
            super("mcplet-local-shutdown");
            this.server = server;
        }

        @Override
        public void run() {
            server.stop(Duration.ofSeconds(2));
            System.out.println("mcplet: MCP server \"" + server.serverName + "\" stopped");
        }
    }

    /** Configures a {@link LocalServer}. */
    public static final class Builder {

        private final McpServer server;
        private final Map<String, String> environment;
        private String host;
        private Integer port;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private List<String> allowedHosts = HostGuard.LOOPBACK;
        private boolean hostGuard = true;
        private boolean shutdownHook = true;

        Builder(McpServer server, Map<String, String> environment) {
            this.server = Objects.requireNonNull(server, "server");
            this.environment = environment;
        }

        /**
         * The address to bind; default the {@code HOST} environment variable, else
         * {@code 127.0.0.1}. Binding to all interfaces ({@code 0.0.0.0}) exposes the server to the
         * network: the host guard then still only admits loopback names unless
         * {@link #allowedHosts(String...)} says otherwise.
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; default the {@code PORT} environment variable, else 8080; 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The number of requests handled at once; default twice the processors, at least 4. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * The most connections open at once; default {@value #DEFAULT_MAX_CONNECTIONS}. Beyond it a
         * new connection gets 503 at once; past three quarters of it, answers carry
         * {@code Connection: close} so that idle clients make room.
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * How long a client may take to send a whole request (head and body) once it started;
         * default 10 s. A slower request gets 408 and its connection closes.
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long a kept-alive connection may wait for its next request; default 30 s. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The {@code Host} names admitted by the DNS-rebinding guard; default {@code localhost},
         * {@code 127.0.0.1} and {@code [::1]} on any port. Ignored when the {@link McpServer}
         * has its own {@code allowedHosts}.
         */
        public Builder allowedHosts(String... hosts) {
            this.allowedHosts = List.of(hosts);
            return this;
        }

        /** Whether to refuse requests whose {@code Host} is not allowed; default on. */
        public Builder hostGuard(boolean enabled) {
            this.hostGuard = enabled;
            return this;
        }

        /** Whether to stop the server when the JVM shuts down (Ctrl-C); default on. */
        public Builder shutdownHook(boolean enabled) {
            this.shutdownHook = enabled;
            return this;
        }

        /**
         * Binds, starts serving, and prints where it listens.
         *
         * @throws UncheckedIOException when the address cannot be bound (port in use)
         * @throws IllegalArgumentException when {@code PORT} is not a port number
         */
        public LocalServer start() {
            String bindHost = host != null ? host : env("HOST", DEFAULT_HOST);
            int bindPort = port != null ? port.intValue() : portFromEnvironment();
            if (bindPort < 0 || bindPort > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535; was " + bindPort);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1; was " + threads);
            }
            HttpEndpoint endpoint = server;
            if (hostGuard && server.allowedHosts() == null) {
                endpoint = new HostGuard(server, allowedHosts);
            }
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1; was " + maxConnections);
            }
            if (readTimeout.toMillis() < 1 || idleTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("readTimeout and idleTimeout must be at least 1 ms");
            }
            ServerSocket listener;
            try {
                listener = new ServerSocket();
                listener.setReuseAddress(true);
                listener.bind(new InetSocketAddress(bindHost, bindPort), 128);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot listen on " + bindHost + ":" + bindPort + " (" + e.getMessage()
                        + "); set another port with PORT=... or LocalServer.builder(server).port(...)", e);
            }
            Http11Server httpServer = new Http11Server(endpoint, listener, server.maxBodyBytes(), threads,
                    maxConnections, readTimeout.toMillis(), idleTimeout.toMillis());
            httpServer.start();
            int actualPort = listener.getLocalPort();
            URI uri = URI.create("http://" + uriHost(bindHost) + ":" + actualPort + server.endpointPath());
            LocalServer local = new LocalServer(httpServer, server.name(), uri, shutdownHook);
            if (local.shutdownHook != null) {
                Runtime.getRuntime().addShutdownHook(local.shutdownHook);
            }
            System.out.println("mcplet: MCP server \"" + server.name() + "\" listening on " + uri);
            return local;
        }

        private int portFromEnvironment() {
            String value = env("PORT", null);
            if (value == null) {
                return DEFAULT_PORT;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PORT must be a port number such as 8080; was '" + value + "'");
            }
        }

        private String env(String name, String fallback) {
            String value = environment.get(name);
            return value == null || value.trim().isEmpty() ? fallback : value.trim();
        }

        /** IPv6 literals are bracketed in URLs. */
        private static String uriHost(String host) {
            return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        }
    }
}
