package dev.mcplet.server.protocol;

import dev.mcplet.McpResource;
import java.time.Duration;
import java.util.Objects;

/**
 * The caching hints of a 2026-07-28 result ({@code CacheableResult}): how long a client may
 * consider it fresh ({@code ttlMs}) and who may cache it ({@code cacheScope}).
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/server/utilities/caching">MCP: Caching</a>
 */
public final class CacheHint {

    /**
     * The default for {@code server/discover} and the list results: the lists of a deployed
     * server never change while it runs, and are the same for every caller, so any cache may
     * keep them for five minutes (a redeployment is seen within that time).
     */
    public static final CacheHint LISTS = publicFor(Duration.ofMinutes(5));

    /**
     * The default for {@code resources/read}: a resource may be computed per caller and per
     * moment, so it is private and immediately stale unless the server says otherwise.
     */
    public static final CacheHint READS = privateFor(Duration.ZERO);

    private final long ttlMs;
    private final boolean shared;

    private CacheHint(long ttlMs, boolean shared) {
        this.ttlMs = ttlMs;
        this.shared = shared;
    }

    /** Fresh for {@code ttl}, and the same for every caller: any client or shared cache may keep it. */
    public static CacheHint publicFor(Duration ttl) {
        return new CacheHint(millis(ttl), true);
    }

    /** Fresh for {@code ttl}, and only for the caller's own authorization context. */
    public static CacheHint privateFor(Duration ttl) {
        return new CacheHint(millis(ttl), false);
    }

    private static long millis(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            // caching, Time-to-Live: "Servers MUST provide a ttlMs value that is >= 0".
            throw new IllegalArgumentException("a cache TTL must not be negative, was " + ttl);
        }
        return ttl.toMillis();
    }

    /**
     * This hint with the fields a resource sets for itself ({@code @McpResource(cacheTtl, cacheScope)}):
     * {@code ttlMs} unless it is -1, the scope unless it is {@code SERVER_DEFAULT}.
     */
    CacheHint override(long ownTtlMs, McpResource.CacheScope ownScope) {
        return new CacheHint(ownTtlMs >= 0 ? ownTtlMs : ttlMs, ownScope == McpResource.CacheScope.PUBLIC
                || (ownScope == McpResource.CacheScope.SERVER_DEFAULT && shared));
    }

    /** {@code ttlMs}: milliseconds, at least 0. */
    public long ttlMs() {
        return ttlMs;
    }

    /** {@code cacheScope}: {@code "public"} or {@code "private"}. */
    public String cacheScope() {
        return shared ? "public" : "private";
    }

    /** The two fields as JSON members, without braces: {@code "ttlMs":N,"cacheScope":"..."}. */
    String members() {
        return "\"ttlMs\":" + ttlMs + ",\"cacheScope\":\"" + cacheScope() + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheHint && ((CacheHint) other).ttlMs == ttlMs && ((CacheHint) other).shared == shared;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ttlMs) * 31 + (shared ? 1 : 0);
    }

    @Override
    public String toString() {
        return "CacheHint[ttlMs=" + ttlMs + ", " + cacheScope() + "]";
    }
}
