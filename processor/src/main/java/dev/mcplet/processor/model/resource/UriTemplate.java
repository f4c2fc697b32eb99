package dev.mcplet.processor.model.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6570 URI template, parsed and checked at compile time: literals and {@code {...}}
 * expressions, each with an optional operator and a list of variables. A URI without expressions
 * is a template of one URI (a fixed resource).
 *
 * <p>The syntax of every level is checked, and what the server can match a URI against is
 * accepted (levels 1 and 2, as {@code dev.mcplet.server.protocol.UriTemplate} matches them):
 * {@code {var}}, {@code {+var}} and {@code {#var}}, one variable per expression, with literal text
 * between two expressions (nothing else says where one value ends). Each variable is bound to one
 * method parameter. The rest is refused with what to write instead: the level 3 operators
 * ({@code / . ; ? &}), several variables in one expression, the prefix ({@code {var:3}}) and explode
 * ({@code {var*}}) modifiers, and the operators RFC 6570 reserves ({@code = , ! @ |}).
 *
 * @param text the template as written
 * @param parts its literals and expressions, in order
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6570#section-2">RFC 6570, section 2: syntax</a>
 */
public record UriTemplate(String text, List<Part> parts) {

    public UriTemplate {
        parts = List.copyOf(parts);
    }

    /** A literal run of characters or one {@code {...}} expression. */
    public sealed interface Part permits Literal, Expression {
    }

    /** Characters copied as they are. */
    public record Literal(String text) implements Part {
    }

    /**
     * One expression.
     *
     * @param operator {@code +} (reserved expansion), {@code #} (fragment expansion), or {@code 0}
     *     for a simple expansion ({@code {var}})
     * @param variables its variable names, in order
     */
    public record Expression(char operator, List<String> variables) implements Part {
        public Expression {
            variables = List.copyOf(variables);
        }
    }

    /** Whether it has any expression, so that it names many URIs. */
    public boolean isTemplate() {
        for (Part part : parts) {
            if (part instanceof Expression) {
                return true;
            }
        }
        return false;
    }

    /** Every variable, in order of appearance. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Expression expression) {
                names.addAll(expression.variables());
            }
        }
        return names;
    }

    /**
     * The template with its variable names left out ({@code app://orders/{}}): two templates of
     * one shape match the same URIs.
     */
    public String shape() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else {
                Expression expression = (Expression) part;
                out.append('{');
                if (expression.operator() != 0) {
                    out.append(expression.operator());
                }
                out.append(",".repeat(expression.variables().size() - 1)).append('}');
            }
        }
        return out.toString();
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException with what is wrong and where, such as
     *     {@code unclosed expression at character 9}
     */
    public static UriTemplate parse(String text) {
        List<Part> parts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                if (literal.length() > 0) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed expression at character " + (i + 1)
                            + ", expected a closing }");
                }
                if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expression) {
                    throw new IllegalArgumentException("the expression at character " + (i + 1) + " follows another"
                            + " one directly, so nothing says where the first value ends; put literal text between"
                            + " them, such as {a}-{b}");
                }
                parts.add(expression(text.substring(i + 1, close), i + 1, seen));
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("} without an opening { at character " + (i + 1)
                        + "; percent-encode it as %7D, or open the expression");
            } else if (c == '%') {
                if (!isPctEncoded(text, i)) {
                    throw new IllegalArgumentException("% not followed by two hex digits at character " + (i + 1)
                            + "; write %25 for a percent sign");
                }
                literal.append(text, i, i + 3);
                i += 3;
            } else {
                if (!isLiteral(c)) {
                    throw new IllegalArgumentException(describe(c) + " is not allowed at character " + (i + 1)
                            + "; percent-encode it");
                }
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
        }
        return new UriTemplate(text, parts);
    }

    private static Expression expression(String body, int position, List<String> seen) {
        String where = " in the expression at character " + position;
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty expression {} at character " + position
                    + "; name a variable, such as {id}");
        }
        char operator = 0;
        char first = body.charAt(0);
        if (first == '+' || first == '#') {
            operator = first;
            body = body.substring(1);
        } else if ("./;?&".indexOf(first) >= 0) {
            throw new IllegalArgumentException("the operator " + first + where + " is not supported; mcplet matches"
                    + " {var}, {+var} (may span /) and {#var}, so write the literal characters, such as ?q={q}"
                    + " rather than {?q}");
        } else if ("=,!@|".indexOf(first) >= 0) {
            throw new IllegalArgumentException("operator " + first + where + " is reserved for future extensions"
                    + " of RFC 6570; use {var}, {+var} or {#var}");
        }
        List<String> variables = new ArrayList<>();
        String[] specs = body.split(",", -1);
        if (specs.length > 1) {
            throw new IllegalArgumentException("{" + (operator == 0 ? "" : String.valueOf(operator)) + body + "}" + where
                    + " has several variables, which mcplet does not match; write one expression per variable with"
                    + " literal text between them, such as {x}/{y}");
        }
        for (String spec : specs) {
            if (spec.endsWith("*")) {
                throw new IllegalArgumentException("the explode modifier of {" + spec + "}" + where
                        + " is not supported: each variable binds one parameter value, so write {"
                        + spec.substring(0, spec.length() - 1) + "}");
            }
            int colon = spec.indexOf(':');
            if (colon >= 0) {
                throw new IllegalArgumentException("the prefix modifier of {" + spec + "}" + where
                        + " is not supported: each variable binds one whole parameter value, so write {"
                        + spec.substring(0, colon) + "}");
            }
            if (!isVarname(spec)) {
                throw new IllegalArgumentException("invalid variable name \"" + spec + "\"" + where
                        + "; variable names are ASCII letters, digits and _, joined by single dots");
            }
            if (seen.contains(spec)) {
                throw new IllegalArgumentException("variable {" + spec + "} appears twice; each variable binds one"
                        + " parameter, so name each once");
            }
            seen.add(spec);
            variables.add(spec);
        }
        return new Expression(operator, variables);
    }

    /**
     * {@code varname = varchar *( ["."] varchar )}, {@code varchar = ALPHA / DIGIT / "_"}: RFC 6570
     * also allows percent-encoded characters, which the server's matcher does not.
     */
    private static boolean isVarname(String name) {
        if (name.isEmpty() || name.charAt(0) == '.' || name.charAt(name.length() - 1) == '.') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (name.charAt(i + 1) == '.') {
                    return false;
                }
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPctEncoded(String text, int i) {
        return i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                && Character.digit(text.charAt(i + 2), 16) >= 0;
    }

    /** RFC 6570 {@code literals}: any character but controls, space and {@code " ' % < > \ ^ ` { | }}. */
    private static boolean isLiteral(char c) {
        if (c <= 0x20 || c == 0x7F) {
            return false;
        }
        return "\"'%<>\\^`{|}".indexOf(c) < 0;
    }

    private static String describe(char c) {
        return c == ' ' ? "a space" : c < 0x20 || c == 0x7F ? String.format("control character U+%04X", (int) c)
                : "'" + c + "'";
    }
}
