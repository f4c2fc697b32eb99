package dev.mcplet.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a Javadoc comment that become descriptions: the main text, and the text of each
 * {@code @param} tag. Inline tags become their text ({@code {@code x}} is {@code x}), HTML tags are
 * dropped, lines are joined and paragraphs are kept apart by a blank line.
 *
 * @param main the main text, or null when there is none
 * @param params the {@code @param} texts by parameter (or record component) name
 */
record DocComment(String main, Map<String, String> params) {

    static final DocComment NONE = new DocComment(null, Map.of());

    /** Parses a comment as {@code Elements.getDocComment} returns it (null for none). */
    static DocComment parse(String comment) {
        if (comment == null || comment.isBlank()) {
            return NONE;
        }
        StringBuilder main = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        StringBuilder current = main;
        String currentParam = null;
        for (String line : comment.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                flush(params, currentParam, current);
                currentParam = null;
                current = new StringBuilder();
                if (trimmed.startsWith("@param") && trimmed.length() > 6 && Character.isWhitespace(trimmed.charAt(6))) {
                    String rest = trimmed.substring(6).strip();
                    int space = indexOfSpace(rest);
                    currentParam = space < 0 ? rest : rest.substring(0, space);
                    current.append(space < 0 ? "" : rest.substring(space + 1));
                }
                current.append('\n');
            } else {
                current.append(line).append('\n');
            }
        }
        flush(params, currentParam, current);
        return new DocComment(clean(main.toString()), Map.copyOf(params));
    }

    private static void flush(Map<String, String> params, String param, StringBuilder text) {
        if (param != null && !param.startsWith("<")) {
            String cleaned = clean(text.toString());
            if (cleaned != null) {
                params.put(param, cleaned);
            }
        }
    }

    private static int indexOfSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Inline tags to text, HTML dropped, whitespace collapsed, paragraphs separated by a blank line. */
    static String clean(String text) {
        String plain = inlineTags(text)
                .replaceAll("(?i)<p\\s*/?>|</p>|<br\\s*/?>", "\n\n")
                .replaceAll("<[a-zA-Z/!][^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#64;", "@")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String paragraph : plain.split("\\n\\s*\\n")) {
            String joined = paragraph.strip().replaceAll("\\s+", " ");
            if (!joined.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(joined);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** {@code {@code x}} and {@code {@literal x}} to x, {@code {@link A#b label}} to label, {@code {@link A#b}} to A.b. */
    private static String inlineTags(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{@", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int end = matchingBrace(text, start);
            if (end < 0) {
                out.append(text, start, text.length());
                break;
            }
            String body = text.substring(start + 2, end);
            int space = indexOfSpace(body);
            String tag = space < 0 ? body : body.substring(0, space);
            String content = space < 0 ? "" : body.substring(space + 1).strip();
            if (tag.equals("link") || tag.equals("linkplain")) {
                int labelAt = indexOfSpace(content);
                if (labelAt >= 0) {
                    out.append(content.substring(labelAt + 1).strip());
                } else {
                    String target = content.startsWith("#") ? content.substring(1) : content.replace('#', '.');
                    out.append(target);
                }
            } else {
                out.append(content);
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static int matchingBrace(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
