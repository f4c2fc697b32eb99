package dev.mcplet.server.protocol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server chooses about the stateless revision (2026-07-28) beyond its tools: the cache
 * hints of its results and the keys that seal the state of multi round-trip requests.
 * Immutable; {@code McpServer.Builder} makes one.
 */
public final class ProtocolOptions {

    /** Every default: {@link CacheHint#LISTS} and {@link CacheHint#READS}. */
    public static final ProtocolOptions DEFAULTS = new ProtocolOptions(null, null, null, null);

    /** How long a {@code requestState} may be presented after it was issued, by default. */
    public static final Duration DEFAULT_STATE_TTL = Duration.ofMinutes(10);

    private final CacheHint listCacheHint;
    private final CacheHint readCacheHint;
    private final List<byte[]> stateKeys;
    private final Duration stateTtl;

    /**
     * @param listCacheHint the hints of {@code server/discover} and the list results, or null for {@link CacheHint#LISTS}
     * @param readCacheHint the hints of {@code resources/read}, or null for {@link CacheHint#READS}
     */
    public ProtocolOptions(CacheHint listCacheHint, CacheHint readCacheHint) {
        this(listCacheHint, readCacheHint, null, null);
    }

    /**
     * @param stateKeys the AES keys (16, 24 or 32 bytes) that seal the {@code requestState} of
     *     multi round-trip requests, the sealing key first, then previous keys that still open;
     *     null or empty for the environment variable {@code MCPLET_STATE_KEYS}
     * @param stateTtl how long a sealed state stays valid, or null for {@link #DEFAULT_STATE_TTL}
     */
    public ProtocolOptions(CacheHint listCacheHint, CacheHint readCacheHint, List<byte[]> stateKeys, Duration stateTtl) {
        this.listCacheHint = listCacheHint;
        this.readCacheHint = readCacheHint;
        List<byte[]> keys = new ArrayList<>();
        if (stateKeys != null) {
            for (byte[] key : stateKeys) {
                StateSeal.checkKey(key, keys.size() + 1);
                keys.add(key.clone());
            }
        }
        this.stateKeys = keys;
        if (stateTtl != null && (stateTtl.isNegative() || stateTtl.isZero())) {
            throw new IllegalArgumentException("stateTtl must be positive; was " + stateTtl);
        }
        this.stateTtl = stateTtl;
    }

    /** The configured state keys (copies); empty when the environment decides. */
    List<byte[]> stateKeys() {
        return stateKeys;
    }

    /** How long a sealed {@code requestState} stays valid. */
    public Duration stateTtl() {
        return stateTtl == null ? DEFAULT_STATE_TTL : stateTtl;
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
