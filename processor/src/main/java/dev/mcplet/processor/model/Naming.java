package dev.mcplet.processor.model;

import java.util.Locale;

/**
 * Jackson's property naming strategies ({@code @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)}),
 * applied as Jackson applies them: to names that no annotation gives explicitly.
 *
 * @see <a href="https://fasterxml.github.io/jackson-databind/javadoc/2.17/com/fasterxml/jackson/databind/PropertyNamingStrategies.html">PropertyNamingStrategies</a>
 */
enum Naming {
    IDENTITY, SNAKE_CASE, UPPER_SNAKE_CASE, KEBAB_CASE, LOWER_DOT_CASE, LOWER_CASE, UPPER_CAMEL_CASE, LOWER_CAMEL_CASE;

    /** The strategy a {@code @JsonNaming} class names ({@code SnakeCaseStrategy}), or null when it is not one of Jackson's. */
    static Naming ofStrategy(String simpleName) {
        return switch (simpleName) {
            case "SnakeCaseStrategy" -> SNAKE_CASE;
            case "UpperSnakeCaseStrategy" -> UPPER_SNAKE_CASE;
            case "KebabCaseStrategy" -> KEBAB_CASE;
            case "LowerDotCaseStrategy" -> LOWER_DOT_CASE;
            case "LowerCaseStrategy" -> LOWER_CASE;
            case "UpperCamelCaseStrategy" -> UPPER_CAMEL_CASE;
            case "LowerCamelCaseStrategy" -> LOWER_CAMEL_CASE;
            default -> null;
        };
    }

    /** {@code postalCode} as this strategy writes it: {@code postal_code}, {@code postal-code}, {@code PostalCode}... */
    String apply(String name) {
        return switch (this) {
            case IDENTITY, LOWER_CAMEL_CASE -> name;
            case SNAKE_CASE -> separated(name, '_');
            case UPPER_SNAKE_CASE -> separated(name, '_').toUpperCase(Locale.ROOT);
            case KEBAB_CASE -> separated(name, '-');
            case LOWER_DOT_CASE -> separated(name, '.');
            case LOWER_CASE -> name.toLowerCase(Locale.ROOT);
            case UPPER_CAMEL_CASE -> name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
    }

    /** Jackson's translation: a separator before each upper-case letter that follows a lower-case one, all lower case. */
    private static String separated(String name, char separator) {
        StringBuilder out = new StringBuilder(name.length() * 2);
        boolean previousUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 && c == '_') {
                continue;
            }
            if (Character.isUpperCase(c)) {
                if (!previousUpper && out.length() > 0 && out.charAt(out.length() - 1) != separator) {
                    out.append(separator);
                }
                c = Character.toLowerCase(c);
                previousUpper = true;
            } else {
                previousUpper = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
