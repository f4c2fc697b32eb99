package dev.mcplet.server.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcplet.server.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The decoding helpers on their own, including nodes that {@code Json.parse} never makes (doubles,
 * floats, NaN) but a caller building arguments in code could. Generated code exercises the rest
 * (see the processor's functional tests).
 */
class DecodeTest {

    private static JsonNode parse(String json) throws Exception {
        return Json.parse(json);
    }

    private static String problem(Decoder decoder) {
        return assertThrows(InvalidArgumentsException.class, decoder::run).getMessage();
    }

    private interface Decoder {
        void run() throws Exception;
    }

    @Test
    void integersFollowJsonSchemaAndJavaRanges() throws Exception {
        assertEquals(3, Decode.toInt(parse("3.000")));
        assertEquals(-5L, Decode.toLong(Json.NODES.numberNode(-5.0)));
        assertEquals(1, Decode.toByte(Json.NODES.numberNode(1.0f)));
        assertEquals("expected an integer from -2147483648 to 2147483647, got NaN (out of range)",
                problem(() -> Decode.toInt(Json.NODES.numberNode(Double.NaN))));
        assertEquals("expected an integer from -128 to 127, got 2.5 (not an integer)",
                problem(() -> Decode.toByte(Json.NODES.numberNode(2.5))));
        assertEquals("expected an integer from -9223372036854775808 to 9223372036854775807, got 1E+19 (out of range)",
                problem(() -> Decode.toLong(parse("1e19"))));
        assertEquals("expected an integer from -32768 to 32767, got 1E+1000000000 (out of range)",
                problem(() -> Decode.toShort(parse("1e1000000000"))));
        assertEquals("required but missing, expected an integer from -2147483648 to 2147483647",
                problem(() -> Decode.toInt(null)));
    }

    @Test
    void bigNumbersAreExactAndBounded() throws Exception {
        assertEquals(new BigInteger("123456789012345678901234567890"),
                Decode.toBigInteger(parse("123456789012345678901234567890")));
        assertEquals(new BigInteger("1000"), Decode.toBigInteger(parse("1E+3")));
        assertEquals(new BigDecimal("1.50"), Decode.toBigDecimal(parse("1.50")));
        assertEquals(new BigDecimal("7"), Decode.toBigDecimal(parse("7")));
        assertEquals("expected a number, got 1E-1001 (out of range)", problem(() -> Decode.toBigDecimal(parse("1e-1001"))));
        String huge = "9".repeat(1001);
        assertEquals("expected an integer, got " + "9".repeat(40) + "... (out of range)",
                problem(() -> Decode.toBigInteger(Json.NODES.numberNode(new BigInteger(huge)))));
    }

    @Test
    void floatingPointMustBeFinite() throws Exception {
        assertEquals(0.5, Decode.toDouble(parse("0.5")));
        assertEquals(2.0f, Decode.toFloat(parse("2")));
        assertEquals("expected a number, got Infinity (out of range)",
                problem(() -> Decode.toDouble(Json.NODES.numberNode(Double.POSITIVE_INFINITY))));
        assertEquals("expected a number, got 3.5E+38 (out of range)", problem(() -> Decode.toFloat(parse("3.5e38"))));
    }

    @Test
    void wrongValuesAreQuotedBackShortAndEscaped() throws Exception {
        assertEquals("expected a string, got an object", problem(() -> Decode.toText(parse("{}"))));
        assertEquals("expected a number, got \"a\\\"b\\\\c\\n\\u0001\"",
                problem(() -> Decode.toDouble(parse("\"a\\\"b\\\\c\\n\\u0001\""))));
        assertEquals("expected a boolean (true or false), got null", problem(() -> Decode.toBoolean(parse("null"))));
    }

    @Test
    void unexpectedPropertiesAreNamed() throws Exception {
        ObjectNode object = (ObjectNode) parse("{\"a\":1,\"zz\":2}");
        Decode.rejectUnexpected(object, new String[] {"a", "zz"});
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
                () -> Decode.rejectUnexpected(object, new String[] {"a"}));
        assertEquals("zz", e.path());
        assertEquals("unexpected property, expected one of: a", e.problem());
        assertEquals("a: unexpected property, expected no properties; zz: unexpected property, expected no properties",
                problem(() -> Decode.rejectUnexpected(object, new String[0])), "every unexpected property");
    }

    @Test
    void rawValuesPassThrough() throws Exception {
        JsonNode value = parse("[1,{\"a\":null}]");
        assertSame(value, Decode.any(value));
        assertSame(Json.NODES.nullNode(), Decode.any(Json.NODES.nullNode()));
        assertEquals("required but missing, expected a JSON value", problem(() -> Decode.any(null)));
        assertEquals("expected an object, got an array", problem(() -> Decode.object(Json.NODES.arrayNode().add(1))));
    }

    @Test
    void defaultConstantsAreParsedOnce() {
        assertEquals(Json.NODES.numberNode(10), Decode.constant("10"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Decode.constant("{"));
        assertEquals(true, e.getMessage().startsWith("invalid default value {: "));
    }

    @Test
    void pathsAreBuiltInsideOut() {
        InvalidArgumentsException e = Decode.duplicateItem().atIndex(2).atField("tags").atField("filter");
        assertEquals("filter.tags[2]: duplicate item, expected unique items", e.getMessage());
    }

    @Test
    void aHugeExponentIsOutOfRangeNotAnArithmeticException() throws Exception {
        com.fasterxml.jackson.databind.JsonNode huge = dev.mcplet.server.json.Json.parse("1e2147483647");
        for (org.junit.jupiter.api.function.Executable decode : new org.junit.jupiter.api.function.Executable[] {
                () -> Decode.toBigInteger(huge), () -> Decode.toBigDecimal(huge), () -> Decode.toLong(huge)}) {
            InvalidArgumentsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidArgumentsException.class,
                    decode);
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        }
    }
}
