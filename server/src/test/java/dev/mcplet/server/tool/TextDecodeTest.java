package dev.mcplet.server.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Strings decode with the rules and messages of tool arguments. */
class TextDecodeTest {

    private static String problem(Executable call) {
        return assertThrows(InvalidArgumentsException.class, call::run).getMessage();
    }

    interface Executable {
        void run() throws InvalidArgumentsException;
    }

    @Test
    void numbersAreReadAsTheJsonNumbersTheySpell() throws Exception {
        assertEquals(42, TextDecode.toInt("42"));
        assertEquals(-7, TextDecode.toInt("-7"));
        assertEquals(7, TextDecode.toInt("+7"));
        assertEquals(7, TextDecode.toInt("007"), "leading zeros, as in 007 in a path, are fine");
        assertEquals(3, TextDecode.toInt("3.0"), "an integral decimal is an integer, as in JSON Schema");
        assertEquals(9_000_000_000L, TextDecode.toLong("9000000000"));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                TextDecode.toBigInteger("123456789012345678901234567890"));
        assertEquals(new BigDecimal("1.50"), TextDecode.toBigDecimal("1.50"));
        assertEquals(2000.0, TextDecode.toDouble("2e3"));
        assertEquals(1.5f, TextDecode.toFloat("1.5"));
        assertEquals((byte) 127, TextDecode.toByte("127"));
        assertEquals((short) -3, TextDecode.toShort("-3"));
    }

    @Test
    void badNumbersSayWhatWasExpected() {
        assertEquals("expected an integer from -2147483648 to 2147483647, got \"abc\"", problem(() -> TextDecode.toInt("abc")));
        assertEquals("expected an integer from -2147483648 to 2147483647, got 1.5 (not an integer)",
                problem(() -> TextDecode.toInt("1.5")));
        assertEquals("expected an integer from -128 to 127, got 300 (out of range)", problem(() -> TextDecode.toByte("300")));
        assertEquals("expected an integer from -2147483648 to 2147483647, got \"\"", problem(() -> TextDecode.toInt("")));
        assertEquals("expected an integer from -2147483648 to 2147483647, got \" 1\"", problem(() -> TextDecode.toInt(" 1")));
        assertEquals("expected a number, got \"1e99999999999\"", problem(() -> TextDecode.toDouble("1e99999999999")));
        assertEquals("expected a number, got \"1.\"", problem(() -> TextDecode.toDouble("1.")));
        assertEquals("required but missing, expected an integer from -2147483648 to 2147483647",
                problem(() -> TextDecode.toInt(null)));
    }

    @Test
    void booleansAreTrueOrFalse() throws Exception {
        assertEquals(true, TextDecode.toBoolean("true"));
        assertEquals(false, TextDecode.toBoolean("false"));
        assertEquals("expected a boolean (true or false), got \"yes\"", problem(() -> TextDecode.toBoolean("yes")));
    }

    @Test
    void textTypesAreParsedAsInArguments() throws Exception {
        assertEquals("a/b c", TextDecode.toText("a/b c"));
        assertEquals('x', TextDecode.toChar("x"));
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                TextDecode.toUuid("123e4567-e89b-12d3-a456-426614174000"));
        assertEquals(URI.create("https://example.com/a"), TextDecode.toUri("https://example.com/a"));
        assertEquals(LocalDate.of(2025, 1, 31), TextDecode.toLocalDate("2025-01-31"));
        assertEquals(Duration.ofMinutes(15), TextDecode.toDuration("PT15M"));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {1, 2, 3}, TextDecode.toBytes("AQID"));
        assertEquals("expected a date such as 2025-01-31, got \"31/01/2025\"", problem(() -> TextDecode.toLocalDate("31/01/2025")));
        assertEquals("required but missing, expected a string", problem(() -> TextDecode.toText(null)));
    }

    @Test
    void enumNamesAreMatchedByGeneratedCode() throws Exception {
        assertEquals("RED", TextDecode.enumName("RED", "one of \"RED\", \"GREEN\""));
        assertEquals("expected one of \"RED\", \"GREEN\", got \"blue\"",
                TextDecode.notOneOf("blue", "one of \"RED\", \"GREEN\"").getMessage());
        assertEquals("required but missing, expected one of \"RED\", \"GREEN\"",
                problem(() -> TextDecode.enumName(null, "one of \"RED\", \"GREEN\"")));
    }

    @Test
    void everyUnexpectedArgumentIsReported() throws Exception {
        TextDecode.rejectUnexpected(Map.of("a", "1"), new String[] {"a", "b"});
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("a", "1");
        arguments.put("x", "2");
        arguments.put("y", "3");
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
                () -> TextDecode.rejectUnexpected(arguments, new String[] {"a"}));
        assertEquals("x: unexpected argument, expected one of: a; y: unexpected argument, expected one of: a", e.getMessage());
        assertEquals("z: unexpected argument, expected no arguments", assertThrows(InvalidArgumentsException.class,
                () -> TextDecode.rejectUnexpected(Map.of("z", ""), new String[0])).getMessage());
    }

    @Test
    void problemsAreCollectedAndPrefixedTogether() {
        InvalidArgumentsException first = new InvalidArgumentsException("", "one");
        InvalidArgumentsException second = new InvalidArgumentsException("b", "two");
        InvalidArgumentsException all = InvalidArgumentsException.add(InvalidArgumentsException.add(null, first), second);
        assertEquals("one; b: two", all.getMessage());
        all.atField("order").atIndex(2);
        assertEquals("[2].order: one; [2].order.b: two", all.getMessage());
        assertEquals(List.of("[2].order", "[2].order.b"), all.problems().stream().map(InvalidArgumentsException::path).toList());
        InvalidArgumentsException outer = InvalidArgumentsException.add(new InvalidArgumentsException("x", "zero"), all);
        assertEquals("x: zero; [2].order: one; [2].order.b: two", outer.getMessage());
        assertEquals(3, outer.problems().size());
    }

    @Test
    void aMessageListsAtMostTwentyProblems() {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            arguments.put("x" + i, "");
        }
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
                () -> TextDecode.rejectUnexpected(arguments, new String[] {"a"}));
        assertEquals(InvalidArgumentsException.MAX_PROBLEMS, e.problems().size());
        assertEquals(true, e.getMessage().endsWith("; x19: unexpected argument, expected one of: a; and 980 more problems"),
                e.getMessage());
        InvalidArgumentsException one = InvalidArgumentsException.add(e, new InvalidArgumentsException("y", "z"));
        assertEquals(true, one.getMessage().endsWith("; and 981 more problems"));
    }
}
