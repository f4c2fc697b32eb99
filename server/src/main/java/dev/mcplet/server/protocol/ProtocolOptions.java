package dev.mcplet.server.protocol;

/**
 * What a server chooses about the stateless revision (2026-07-28) beyond its tools: the cache
 * hints of its results. Immutable; {@code McpServer.Builder} makes one.
 */
public final class ProtocolOptions {

    /** Every default: {@link CacheHint#LISTS} and {@link CacheHint#READS}. */
    public static final ProtocolOptions DEFAULTS = new ProtocolOptions(null, null);

    private final CacheHint listCacheHint;
    private final CacheHint readCacheHint;

    /**
     * @param listCacheHint the hints of {@code server/discover} and the list results, or null for {@link CacheHint#LISTS}
     * @param readCacheHint the hints of {@code resources/read}, or null for {@link CacheHint#READS}
     */
    public ProtocolOptions(CacheHint listCacheHint, CacheHint readCacheHint) {
        this.listCacheHint = listCacheHint;
        this.readCacheHint = readCacheHint;
    }

    /** The hints of {@code server/discover} and the list results. */
    public CacheHint listCacheHint() {
        return listCacheHint == null ? CacheHint.LISTS : listCacheHint;
    }

    /** The hints of {@code resources/read}. */
    public CacheHint readCacheHint() {
        return readCacheHint == null ? CacheHint.READS : readCacheHint;
    }
}
