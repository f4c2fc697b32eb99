package dev.mcplet.server.protocol;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A paginated list result ({@code resources/list}, {@code resources/templates/list},
 * {@code prompts/list}) precomputed as bytes for each revision, with the opaque cursors that lead
 * from one page to the next, and the answer to a list request.
 *
 * <p>As for {@code tools/list} (see {@link ToolCatalog}), a cursor encodes a fingerprint of the
 * list (its kind, keys and page size) with the page's position; a cursor issued for another list
 * or another deployment is unknown here and answered with -32602 (pagination, Error Handling:
 * "Invalid cursors SHOULD result in an error with code -32602").
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/pagination">MCP: Pagination</a>
 */
final class PagedList {

    /** Result bytes by revision ordinal, then page. */
    private final byte[][][] pages;
    /** The cursor that asks for page {@code i}; index 0 (the first page, asked without cursor) is null. */
    private final String[] cursors;
    private final String member;

    /**
     * @param member the result's array member, e.g. {@code resources}
     * @param keys what identifies each item (URI, name), in order, for the cursors' fingerprint
     * @param itemsByVersion each item's JSON, by revision ordinal, then item (in the order of {@code keys})
     * @param pageSize items per page, at least 1
     */
    PagedList(String member, List<String> keys, byte[][][] itemsByVersion, int pageSize) {
        this.member = member;
        int count = keys.size();
        int pageCount = Math.max(1, (count + pageSize - 1) / pageSize);
        this.cursors = cursors(member, keys, pageSize, pageCount);
        this.pages = new byte[itemsByVersion.length][pageCount][];
        byte[] start = JsonRpc.ascii("{\"" + member + "\":[");
        for (int version = 0; version < itemsByVersion.length; version++) {
            byte[][] items = itemsByVersion[version];
            for (int page = 0; page < pageCount; page++) {
                int from = page * pageSize;
                int to = Math.min(count, from + pageSize);
                ByteArrayBuilder bytes = new ByteArrayBuilder(512);
                bytes.write(start);
                for (int i = from; i < to; i++) {
                    if (i > from) {
                        bytes.write(',');
                    }
                    bytes.write(items[i]);
                }
                bytes.write(']');
                if (page + 1 < pageCount) {
                    bytes.write(JsonRpc.ascii(",\"nextCursor\":"));
                    bytes.write(JsonRpc.quoted(cursors[page + 1]));
                }
                bytes.write('}');
                pages[version][page] = bytes.toByteArray();
            }
        }
    }

    /** Answers a list request: the first page, or the one its {@code cursor} leads to. */
    byte[] answer(JsonNode id, JsonNode params, ProtocolVersion version) {
        int page = 0;
        JsonNode cursor = params == null ? null : params.get("cursor");
        if (cursor != null && !cursor.isNull()) {
            if (!cursor.isTextual()) {
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Invalid params: cursor must be a string");
            }
            page = pageOf(cursor.textValue());
            if (page < 0) {
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS,
                        "Invalid params: unknown cursor; list the " + member + " again without a cursor");
            }
        }
        return JsonRpc.result(id, pages[version.ordinal()][page]);
    }

    /** The number of pages (at least one, which may be empty). */
    int pageCount() {
        return cursors.length;
    }

    private int pageOf(String cursor) {
        for (int i = 1; i < cursors.length; i++) {
            if (cursors[i].equals(cursor)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] cursors(String member, List<String> keys, int pageSize, int pageCount) {
        StringBuilder text = new StringBuilder(member).append('\n');
        for (String key : keys) {
            text.append(key).append('\n');
        }
        String fingerprint = member + "." + Integer.toHexString(text.toString().hashCode()) + "." + pageSize;
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String[] cursors = new String[pageCount];
        for (int page = 1; page < pageCount; page++) {
            String plain = "mcplet:" + fingerprint + ":" + page * pageSize;
            cursors[page] = base64.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }
        return cursors;
    }
}
