package dev.mcplet.server.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;

/**
 * Jackson's UTF-8 byte parser, made here with the settings a default {@code JsonFactory} gives
 * it, and field-name tables per thread, of bounded size (writing is {@link JsonWriter}'s).
 *
 * <p><b>No {@code JsonFactory}.</b> The parser is a public class with a public constructor
 * (Jackson 2.16 or later), so it is made here directly: neither a factory nor its builder is
 * loaded (with {@link JsonWriter} writing, nothing initializes the factory class, whose
 * verification alone loads every parser and generator it can make), and every parser, bytes or
 * text, gets the bounded tables below.
 *
 * <p><b>Field-name tables.</b> A factory's parsers share one table per factory and merge what
 * each saw back into it, so one request with thousands of hash-colliding names could leave it
 * refusing ("suspect a DoS attack") or slowing later, ordinary requests of other clients. A
 * table per parser avoids that but makes every request hash, copy and store every name it reads
 * anew (the JSON-RPC members, the argument names): that was most of the time and allocation of a
 * warm small {@code tools/call} ({@code benchmarks/run.sh profile}). Here each thread keeps the
 * names its parsers saw, so the next request on that thread finds them; a table that grew past
 * {@link #MAX_KEPT_NAMES} is dropped before the next parser starts, so what a client sends
 * shapes at most the next request on the same thread, and only within a table small enough that
 * Jackson never refuses it (it refuses only tables of more than 1,024 slots, and 256 names never
 * need that many). Names are not interned either (the JVM's string table would keep every name a
 * client made up).
 *
 * <p>Input is read as UTF-8, the only encoding JSON exchanged between systems may use (RFC 8259,
 * section 8.1); a leading UTF-8 byte order mark is skipped.
 */
final class JsonStreams {

    /** Names a thread's table may keep for its next parser; a bigger one is replaced by an empty one. */
    static final int MAX_KEPT_NAMES = 256;

    /** Jackson's default parser features. */
    private static final int PARSER_FEATURES = JsonParser.Feature.collectDefaults();

    /** Jackson's default factory features as symbol tables read them, without interning. */
    private static final int SYMBOL_FEATURES = JsonFactory.Feature.collectDefaults()
            & ~JsonFactory.Feature.INTERN_FIELD_NAMES.getMask();

    /**
     * The table of each thread, shared by every parser made here. A plain ThreadLocal, not
     * {@code withInitial}: no class of its own to load on a cold start.
     */
    private static final ThreadLocal<ByteQuadsCanonicalizer> TABLES = new ThreadLocal<>();

    private JsonStreams() {
    }

    /**
     * A parser of {@code data[offset..offset+length)} for JSON written by a trusted service or by
     * this server, with Jackson's defaults (what clients send is read by {@link JsonReader}).
     */
    static JsonParser parser(byte[] data, int offset, int length) {
        int start = offset;
        if (length >= 3 && (data[start] & 0xff) == 0xef && (data[start + 1] & 0xff) == 0xbb
                && (data[start + 2] & 0xff) == 0xbf) {
            start += 3;
        }
        IOContext context = context(StreamReadConstraints.defaults(),
                ContentReference.construct(true, data, offset, length, ErrorReportConfiguration.defaults()), true);
        return new UTF8StreamJsonParser(context, PARSER_FEATURES, null, null,
                threadTable().makeChild(SYMBOL_FEATURES), data, start, offset + length, false);
    }

    private static IOContext context(StreamReadConstraints read, ContentReference content, boolean managed) {
        return new IOContext(read, StreamWriteConstraints.defaults(), ErrorReportConfiguration.defaults(),
                JsonRecyclerPools.defaultPool().acquireAndLinkPooled(), content, managed);
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
}
