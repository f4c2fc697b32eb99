package dev.mcplet.server.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 6570 URI template, parsed once, that tells whether a URI is one of its expansions and
 * with which variable values: the reverse of expansion, which is what {@code resources/read}
 * needs to find the template a client's URI came from.
 *
 * <p>Supported: levels 1 and 2, one variable per expression: {@code {var}} (simple string
 * expansion: the value's characters are unreserved or percent-encoded, so it never spans a
 * {@code /}), {@code {+var}} (reserved expansion: reserved characters such as {@code /} and
 * {@code ?} may appear as they are, so {@code file:///{+path}} matches nested paths) and
 * {@code {#var}} (fragment expansion: {@code #} then a reserved expansion). Two expressions must
 * be separated by literal text, since nothing else says where one value ends. A matched value is
 * percent-decoded (UTF-8) and never empty. Anything else (the operators {@code / . ; ? &},
 * several variables in one expression, the modifiers {@code *} and {@code :n}) is refused by
 * {@link #parse} with a message that says what is supported.
 *
 * <p>Matching backtracks, so that {@code {a}.{b}} splits {@code x.y.z} as {@code x.y} and {@code z};
 * a URI longer than {@link #MAX_URI_LENGTH} characters matches no template, which bounds the work.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6570">RFC 6570: URI Template</a>
 */
final class UriTemplate {

    /** The longest URI matched against a template. */
    static final int MAX_URI_LENGTH = 2048;

    private final String text;
    /** Alternating parts: a String for literal text, a Variable for an expression. */
    private final Object[] parts;
    private final List<String> variables;

    private UriTemplate(String text, Object[] parts, List<String> variables) {
        this.text = text;
        this.parts = parts;
        this.variables = variables;
    }

    /** One expression: its variable, and whether reserved characters may appear unencoded. */
    private static final class Variable {
        final String name;
        final boolean reserved;

        Variable(String name, boolean reserved) {
            this.name = name;
            this.reserved = reserved;
        }
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException when it is not a template this class supports; the message
     *     says what is wrong and what is supported
     */
    static UriTemplate parse(String template) {
        List<Object> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int length = template.length();
        while (i < length) {
            char c = template.charAt(i);
            if (c == '}') {
                throw invalid(template, "a '}' without its '{' at index " + i);
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = template.indexOf('}', i);
            if (close < 0) {
                throw invalid(template, "the expression at index " + i + " has no closing '}'");
            }
            String expression = template.substring(i + 1, close);
            boolean reserved = false;
            if (!expression.isEmpty() && (expression.charAt(0) == '+' || expression.charAt(0) == '#')) {
                reserved = true;
                if (expression.charAt(0) == '#') {
                    literal.append('#');
                }
                expression = expression.substring(1);
            }
            checkName(template, expression);
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            } else if (!parts.isEmpty()) {
                throw invalid(template, "the expressions before and after index " + i + " touch; put literal text"
                        + " between two variables so that a URI says where one value ends");
            }
            if (names.contains(expression)) {
                throw invalid(template, "the variable '" + expression + "' appears twice");
            }
            names.add(expression);
            parts.add(new Variable(expression, reserved));
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new UriTemplate(template, parts.toArray(), List.copyOf(names));
    }

    private static void checkName(String template, String name) {
        if (name.isEmpty()) {
            throw invalid(template, "an expression has no variable name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || (c == '.' && i > 0 && i < name.length() - 1);
            if (!ok) {
                throw invalid(template, "'{" + name + "}' is not supported: use {name}, {+name} or {#name} with one"
                        + " variable of letters, digits and '_' (RFC 6570 levels 1 and 2)");
            }
        }
    }

    private static IllegalArgumentException invalid(String template, String problem) {
        return new IllegalArgumentException("Invalid URI template '" + template + "': " + problem);
    }

    /** The template as written. */
    String text() {
        return text;
    }

    /** The variable names, in order. */
    List<String> variables() {
        return variables;
    }

    /**
     * The variables' values when {@code uri} is an expansion of this template, percent-decoded, in
     * template order; null when it is not.
     */
    Map<String, String> match(String uri) {
        if (uri.length() > MAX_URI_LENGTH) {
            return null;
        }
        int[] ends = new int[parts.length];
        if (!match(uri, 0, 0, ends, new boolean[parts.length][uri.length() + 1])) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int start = 0;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k] instanceof Variable) {
                String value = decode(uri, start, ends[k]);
                if (value == null) {
                    return null;
                }
                values.put(((Variable) parts[k]).name, value);
            }
            start = ends[k];
        }
        return values;
    }

    /**
     * Whether parts from {@code k} on match {@code uri} from {@code at} to its end; records each
     * part's end. {@code failed[k][at]} remembers states already tried, so that the backtracking
     * stays polynomial in the URI's length.
     */
    private boolean match(String uri, int at, int k, int[] ends, boolean[][] failed) {
        if (k == parts.length) {
            return at == uri.length();
        }
        if (failed[k][at]) {
            return false;
        }
        if (!matchPart(uri, at, k, ends, failed)) {
            failed[k][at] = true;
            return false;
        }
        return true;
    }

    private boolean matchPart(String uri, int at, int k, int[] ends, boolean[][] failed) {
        Object part = parts[k];
        if (part instanceof String) {
            String literal = (String) part;
            if (!uri.startsWith(literal, at)) {
                return false;
            }
            ends[k] = at + literal.length();
            return match(uri, ends[k], k + 1, ends, failed);
        }
        boolean reserved = ((Variable) part).reserved;
        int longest = at;
        while (longest < uri.length() && allowed(uri.charAt(longest), reserved)) {
            longest++;
        }
        // The longest value first, then shorter ones, so that what follows can still match.
        for (int end = longest; end > at; end--) {
            ends[k] = end;
            if (match(uri, end, k + 1, ends, failed)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 3986 unreserved characters and '%' (pct-encoded); with {@code reserved}, also gen-delims and sub-delims. */
    private static boolean allowed(char c, boolean reserved) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        switch (c) {
            case '-': case '.': case '_': case '~': case '%':
                return true;
            case ':': case '/': case '?': case '#': case '[': case ']': case '@':
            case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';':
            case '=':
                return reserved;
            default:
                return false;
        }
    }

    /** Percent-decodes {@code uri[from, to)} as UTF-8; null when an escape is malformed or not UTF-8. */
    private static String decode(String uri, int from, int to) {
        if (uri.indexOf('%', from) < 0 || uri.indexOf('%', from) >= to) {
            return uri.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = uri.charAt(i);
            if (c != '%') {
                bytes.write(c); // only ASCII reaches here: allowed() admits nothing else
                continue;
            }
            if (i + 2 >= to) {
                return null;
            }
            int high = Character.digit(uri.charAt(i + 1), 16);
            int low = Character.digit(uri.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
