package dev.mcplet.server.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;

/**
 * A {@link JsonFactory} whose byte parsers each get a symbol table of their own. Jackson's
 * parsers share one field-name table per factory and merge what each of them saw back into it,
 * so one request with thousands of hash-colliding names could leave it refusing ("suspect a DoS
 * attack") or slowing later, ordinary requests. Turning canonicalization off instead would make
 * Jackson fall back to its slower char-based parser, which also loses byte offsets.
 *
 * <p>Input is read as UTF-8, the only encoding JSON exchanged between systems may use (RFC 8259,
 * section 8.1); a leading UTF-8 byte order mark is skipped.
 */
final class FreshSymbolsFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    FreshSymbolsFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        int start = offset;
        if (len >= 3 && (data[start] & 0xff) == 0xef && (data[start + 1] & 0xff) == 0xbb
                && (data[start + 2] & 0xff) == 0xbf) {
            start += 3;
        }
        ByteQuadsCanonicalizer symbols = ByteQuadsCanonicalizer.createRoot().makeChild(_factoryFeatures);
        return new UTF8StreamJsonParser(ctxt, _parserFeatures, null, _objectCodec, symbols, data, start,
                offset + len, false);
    }

    @Override
    public JsonFactory copy() {
        throw new UnsupportedOperationException("not copied");
    }
}
