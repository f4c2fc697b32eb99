package dev.mcplet.server.http;

import java.util.List;

/**
 * Reads {@code Accept} and {@code Content-Type} (RFC 9110 sections 12.5.1 and 8.3) with plain
 * character loops: media types are case-insensitive, parameters follow {@code ;}, and an
 * {@code Accept} entry with {@code q=0} means "not acceptable".
 */
final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * Whether a response in {@code application/json} is acceptable. No {@code Accept} at all admits
     * anything (RFC 9110 section 12.5.1: "A request without any Accept header field implies that
     * the user agent will accept any media type"). Otherwise the most specific range that matches
     * decides ({@code application/json}, then {@code application/*}, then {@code *}{@code /*}), and
     * it admits JSON unless its weight is 0.
     */
    static boolean acceptsJson(List<String> acceptHeaders) {
        return accepts(acceptHeaders, "application/json", "application/*");
    }

    /**
     * Whether a response in {@code text/event-stream} is acceptable, by the same rules as
     * {@link #acceptsJson}: an {@code Accept} that lists it (as MCP clients do:
     * {@code application/json, text/event-stream}), {@code text/*} or {@code *}{@code /*}. Unlike
     * JSON, not when there is no {@code Accept} at all: such a client (curl, a script) gets the
     * plain JSON answer it most likely expects.
     */
    static boolean acceptsEventStream(List<String> acceptHeaders) {
        return !isBlank(acceptHeaders) && accepts(acceptHeaders, "text/event-stream", "text/*");
    }

    private static boolean accepts(List<String> acceptHeaders, String mediaType, String typeRange) {
        if (isBlank(acceptHeaders)) {
            return true;
        }
        int bestSpecificity = 0;
        boolean bestAcceptable = false;
        for (String header : acceptHeaders) {
            int start = 0;
            int length = header.length();
            while (start <= length) {
                int end = header.indexOf(',', start);
                if (end < 0) {
                    end = length;
                }
                int specificity = specificity(header, start, end, mediaType, typeRange);
                if (specificity > bestSpecificity) {
                    bestSpecificity = specificity;
                    bestAcceptable = !hasZeroWeight(header, start, end);
                }
                start = end + 1;
            }
        }
        return bestAcceptable;
    }

    /** Absent, or present with only empty values (read as absent: an empty Accept says nothing useful). */
    private static boolean isBlank(List<String> headers) {
        for (String header : headers) {
            if (!header.trim().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** 3 for the media type itself, 2 for its type range (application/*), 1 for * / *, 0 for a range that does not match. */
    private static int specificity(String header, int start, int end, String mediaType, String typeRange) {
        int semicolon = header.indexOf(';', start);
        int typeEnd = semicolon < 0 || semicolon > end ? end : semicolon;
        String range = header.substring(start, typeEnd).trim();
        if (range.equalsIgnoreCase(mediaType)) {
            return 3;
        }
        if (range.equalsIgnoreCase(typeRange)) {
            return 2;
        }
        if (range.equals("*/*")) {
            return 1;
        }
        return 0;
    }

    /** Whether the parameters of one range include {@code q=0} (or {@code 0.0}, {@code 0.000}). */
    private static boolean hasZeroWeight(String header, int start, int end) {
        int at = header.indexOf(';', start);
        while (at >= 0 && at < end) {
            int next = header.indexOf(';', at + 1);
            int paramEnd = next < 0 || next > end ? end : next;
            String param = header.substring(at + 1, paramEnd).trim();
            if (param.length() >= 2 && (param.charAt(0) == 'q' || param.charAt(0) == 'Q')) {
                int equals = param.indexOf('=');
                if (equals > 0 && param.substring(1, equals).trim().isEmpty()) {
                    return isZero(param.substring(equals + 1).trim());
                }
            }
            at = next < 0 || next > end ? -1 : next;
        }
        return false;
    }

    private static boolean isZero(String weight) {
        if (weight.isEmpty() || weight.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < weight.length(); i++) {
            char c = weight.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a {@code Content-Type} says the body is JSON: {@code application/json} in any case,
     * with any parameters, as long as a {@code charset} parameter, if any, is UTF-8 (RFC 8259
     * section 8.1: JSON exchanged between systems "MUST be encoded using UTF-8").
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        if (!type.equalsIgnoreCase("application/json")) {
            return false;
        }
        int at = semicolon;
        while (at >= 0) {
            int next = contentType.indexOf(';', at + 1);
            String param = (next < 0 ? contentType.substring(at + 1) : contentType.substring(at + 1, next)).trim();
            int equals = param.indexOf('=');
            if (equals > 0 && param.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String charset = unquote(param.substring(equals + 1).trim());
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return false;
                }
            }
            at = next;
        }
        return true;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
