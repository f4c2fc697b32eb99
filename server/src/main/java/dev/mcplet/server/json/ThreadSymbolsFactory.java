package dev.mcplet.server.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;

/**
 * A {@link JsonFactory} whose byte parsers share a field-name table per thread, of bounded size,
 * instead of one per factory.
 *
 * <p>Jackson's parsers share one table per factory and merge what each of them saw back into it,
 * so one request with thousands of hash-colliding names could leave it refusing ("suspect a DoS
 * attack") or slowing later, ordinary requests of other clients. A table per parser avoids that
 * but makes every request hash, copy and store every name it reads anew (the API Gateway event's
 * thirty headers, the JSON-RPC members): that was most of the time and allocation of a warm small
 * {@code tools/call} ({@code benchmarks/run.sh profile}). Here each thread keeps the names its
 * parsers saw, so the next request on that thread finds them; a table that grew past
 * {@link #MAX_KEPT_NAMES} is dropped before the next parser starts, so what a client sends shapes
 * at most the next request on the same thread, and only within a table small enough that
 * Jackson never refuses it (it refuses only tables of more than 1,024 slots, and 256 names never
 * need that many). Turning canonicalization off instead would make Jackson fall back to its
 * slower char-based parser, which also loses byte offsets.
 *
 * <p>Input is read as UTF-8, the only encoding JSON exchanged between systems may use (RFC 8259,
 * section 8.1); a leading UTF-8 byte order mark is skipped.
 */
final class ThreadSymbolsFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /** Names a thread's table may keep for its next parser; a bigger one is replaced by an empty one. */
    static final int MAX_KEPT_NAMES = 256;

    /**
     * The table of each thread, shared by every factory of this class (they differ in parser
     * features, not in how names are read). A plain ThreadLocal, not {@code withInitial}: no
     * class of its own to load on a cold start.
     */
    private static final ThreadLocal<ByteQuadsCanonicalizer> TABLES = new ThreadLocal<>();

    ThreadSymbolsFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        int start = offset;
        if (len >= 3 && (data[start] & 0xff) == 0xef && (data[start + 1] & 0xff) == 0xbb
                && (data[start + 2] & 0xff) == 0xbf) {
            start += 3;
        }
        return new UTF8StreamJsonParser(ctxt, _parserFeatures, null, _objectCodec,
                threadTable().makeChild(_factoryFeatures), data, start, offset + len, false);
    }

    /**
     * This thread's table, replaced first by an empty one if a parser left it holding more than
     * {@link #MAX_KEPT_NAMES} names. A parser merges the names it added into it when it closes.
     */
    private static ByteQuadsCanonicalizer threadTable() {
        ByteQuadsCanonicalizer table = TABLES.get();
        if (table == null || table.size() > MAX_KEPT_NAMES) {
            table = ByteQuadsCanonicalizer.createRoot();
            TABLES.set(table);
        }
        return table;
    }

    /** How many names the next parser on this thread starts with (for tests). */
    static int namesKeptForNextParser() {
        ByteQuadsCanonicalizer table = TABLES.get();
        return table == null || table.size() > MAX_KEPT_NAMES ? 0 : table.size();
    }

    @Override
    public JsonFactory copy() {
        throw new UnsupportedOperationException("not copied");
    }
}
