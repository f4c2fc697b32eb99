package dev.mcplet.processor.codegen;

import java.util.Locale;

/** How generated members are named. */
final class Names {

    private Names() {
    }

    /** {@code getWeather}, {@code get-weather} and {@code get_weather} to {@code GET_WEATHER}; {@code HTTPGet} to {@code HTTP_GET}. */
    static String upperSnake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                char before = name.charAt(i - 1);
                boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
                boolean acronymEnd = Character.isUpperCase(before) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || acronymEnd) {
                    out.append('_');
                }
            }
            out.append(Character.toUpperCase(c));
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '_') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, out.length() == 0 ? "TOOL" : "TOOL_");
        }
        return out.toString();
    }

    /** {@code add} to {@code Add}. */
    static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
