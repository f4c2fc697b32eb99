package dev.mcplet.server.monitor;

/**
 * One JSON object on one line, written member by member into a {@code StringBuilder}: the few
 * shapes the request log and the metric lines need (strings, integers, milliseconds with three
 * decimals, ISO-8601 UTC times, nested objects and arrays, already-serialized JSON), with no JSON
 * library and no {@code java.time} formatter on the request path.
 */
final class JsonLine {

    private final StringBuilder out;
    /** Whether the next member or element is the first of its object or array. */
    private boolean first = true;

    JsonLine(int capacity) {
        out = new StringBuilder(capacity);
        out.append('{');
    }

    /** A string member; nothing when the value is null. */
    JsonLine string(String name, String value) {
        if (value != null) {
            key(name);
            quote(out, value);
        }
        return this;
    }

    JsonLine number(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    /** A duration in milliseconds with three decimals (microsecond resolution), from nanoseconds. */
    JsonLine millis(String name, long nanos) {
        key(name);
        appendMillis(out, nanos);
        return this;
    }

    /** The time as ISO-8601 UTC with milliseconds, e.g. {@code 2026-12-01T12:00:00.123Z}. */
    JsonLine time(String name, long epochMillis) {
        key(name);
        out.append('"');
        appendIsoTime(out, epochMillis);
        out.append('"');
        return this;
    }

    /** A member whose value is already JSON. */
    JsonLine raw(String name, String json) {
        key(name);
        out.append(json);
        return this;
    }

    /** Opens an object member. */
    JsonLine object(String name) {
        key(name);
        out.append('{');
        first = true;
        return this;
    }

    /** Opens an array member. */
    JsonLine array(String name) {
        key(name);
        out.append('[');
        first = true;
        return this;
    }

    /** Opens an object as the next array element. */
    JsonLine element() {
        comma();
        out.append('{');
        first = true;
        return this;
    }

    /** Opens an array as the next array element. */
    JsonLine elementArray() {
        comma();
        out.append('[');
        first = true;
        return this;
    }

    /** A string as the next array element. */
    JsonLine element(String value) {
        comma();
        quote(out, value);
        return this;
    }

    JsonLine endObject() {
        out.append('}');
        first = false;
        return this;
    }

    JsonLine endArray() {
        out.append(']');
        first = false;
        return this;
    }

    /** Closes the line's object and returns it. */
    String end() {
        return out.append('}').toString();
    }

    private void key(String name) {
        comma();
        out.append('"').append(name).append("\":");
    }

    private void comma() {
        if (first) {
            first = false;
        } else {
            out.append(',');
        }
    }

    /**
     * A JSON string literal (RFC 8259 section 7): quote, backslash and control characters escaped,
     * and U+2028/U+2029 too, so the line stays one line for every reader.
     */
    static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append("\\u");
                String hex = Integer.toHexString(c);
                for (int pad = hex.length(); pad < 4; pad++) {
                    out.append('0');
                }
                out.append(hex);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    static void appendMillis(StringBuilder out, long nanos) {
        long micros = Math.max(0, nanos) / 1_000;
        out.append(micros / 1_000).append('.');
        long fraction = micros % 1_000;
        if (fraction < 100) {
            out.append('0');
        }
        if (fraction < 10) {
            out.append('0');
        }
        out.append(fraction);
    }

    /**
     * ISO-8601 in UTC, computed from the epoch day (H. Hinnant's civil-from-days algorithm):
     * {@code Instant.toString()} would load the {@code java.time.format} classes on the first
     * request of every cold start.
     *
     * @see <a href="https://howardhinnant.github.io/date_algorithms.html#civil_from_days">civil_from_days</a>
     */
    static void appendIsoTime(StringBuilder out, long epochMillis) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long ofDay = Math.floorMod(epochMillis, 86_400_000L);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        for (long pad = 1000; pad > 1 && year < pad && year >= 0; pad /= 10) {
            out.append('0');
        }
        out.append(year).append('-');
        two(out, month);
        out.append('-');
        two(out, day);
        out.append('T');
        two(out, ofDay / 3_600_000);
        out.append(':');
        two(out, ofDay / 60_000 % 60);
        out.append(':');
        two(out, ofDay / 1_000 % 60);
        out.append('.');
        long millis = ofDay % 1_000;
        if (millis < 100) {
            out.append('0');
        }
        if (millis < 10) {
            out.append('0');
        }
        out.append(millis).append('Z');
    }

    private static void two(StringBuilder out, long value) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }
}
