package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcplet.server.tool.InvalidArgumentsException;
import dev.mcplet.server.tool.ToolSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every scalar type through a generated dispatcher: what is accepted, how it comes back as text, what is refused. */
class ScalarsTest {

    static ToolSet tools;

    @BeforeAll
    static void compile() {
        tools = Compile.load(Compile.resource("com/example/types/Scalars.java")).tools("com.example.types.Scalars");
    }

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            aBoolean       | true                                     | true
            aByte          | -128                                     | -128
            aByte          | 127.0                                    | 127
            aShort         | 32767                                    | 32767
            anInt          | 1.0                                      | 1
            anInt          | -2147483648                              | -2147483648
            anInt          | 1e3                                      | 1000
            aLong          | 9223372036854775807                      | 9223372036854775807
            aLong          | -9223372036854775808                     | -9223372036854775808
            aLong          | 12.000                                   | 12
            aFloat         | 1.5                                      | 1.5
            aFloat         | 3                                        | 3.0
            aDouble        | 0.1                                      | 0.1
            aDouble        | 12345678901234567890                     | 1.2345678901234567E19
            aChar          | "x"                                      | x
            boxedBoolean   | false                                    | false
            boxedByte      | 5                                        | 5
            boxedShort     | 5                                        | 5
            boxedInt       | 7                                        | 7
            boxedLong      | 7                                        | 7
            boxedFloat     | 2.5                                      | 2.5
            boxedDouble    | 2.5                                      | 2.5
            boxedChar      | "\\u00e9"                                | é
            string         | "héllo \\"you\\""                        | héllo "you"
            string         | ""                                       | ``
            bigInteger     | 123456789012345678901234567890           | 123456789012345678901234567890
            bigInteger     | 1.0e2                                    | 100
            bigDecimal     | 1.50                                     | 1.50
            bigDecimal     | 10                                       | 10
            bigDecimal     | 0.1000000000000000000000000000001        | 0.1000000000000000000000000000001
            uuid           | "123E4567-E89B-12D3-A456-426614174000"   | 123e4567-e89b-12d3-a456-426614174000
            uri            | "https://example.com/a?b=c"              | https://example.com/a?b=c
            localDate      | "2025-01-31"                             | 2025-01-31
            localTime      | "14:30"                                  | 14:30:00
            localTime      | "14:30:15.5"                             | 14:30:15.5
            localDateTime  | "2025-01-31T14:30:00"                    | 2025-01-31T14:30:00
            offsetDateTime | "2025-01-31T14:30Z"                      | 2025-01-31T14:30:00Z
            offsetDateTime | "2025-01-31T14:30:00.123+01:00"          | 2025-01-31T14:30:00.123+01:00
            offsetTime     | "14:30:00+01:00"                         | 14:30:00+01:00
            zonedDateTime  | "2025-01-31T14:30:00+01:00[Europe/Paris]" | 2025-01-31T14:30:00+01:00
            zonedDateTime  | "2025-06-30T14:30:00Z"                   | 2025-06-30T14:30:00Z
            instant        | "2025-01-31T14:30:00+01:00"              | 2025-01-31T13:30:00Z
            duration       | "PT15M"                                  | PT15M
            duration       | "P2DT3H"                                 | PT51H
            color          | "GREEN"                                  | GREEN
            """)
    void decodesAndReturnsAsText(String tool, String json, String text) throws Exception {
        Compile.assertText(text, tools.call(tool, args("{\"v\":" + json + "}")));
    }

    @ParameterizedTest(name = "{0}({1}): {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            aBoolean       | "true"                       | expected a boolean (true or false), got "true"
            aBoolean       | 1                            | expected a boolean (true or false), got 1
            aByte          | 128                          | expected an integer from -128 to 127, got 128 (out of range)
            aByte          | -129.0                       | expected an integer from -128 to 127, got -129.0 (out of range)
            aShort         | 40000                        | expected an integer from -32768 to 32767, got 40000 (out of range)
            anInt          | "12x"                        | expected an integer from -2147483648 to 2147483647, got "12x"
            anInt          | 1.5                          | expected an integer from -2147483648 to 2147483647, got 1.5 (not an integer)
            anInt          | 2147483648                   | expected an integer from -2147483648 to 2147483647, got 2147483648 (out of range)
            anInt          | 1e400                        | expected an integer from -2147483648 to 2147483647, got 1E+400 (out of range)
            anInt          | null                         | expected an integer from -2147483648 to 2147483647, got null
            anInt          | [1]                          | expected an integer from -2147483648 to 2147483647, got an array
            anInt          | {"n":1}                      | expected an integer from -2147483648 to 2147483647, got an object
            aLong          | 9223372036854775808          | expected an integer from -9223372036854775808 to 9223372036854775807, got 9223372036854775808 (out of range)
            aLong          | 0.5                          | expected an integer from -9223372036854775808 to 9223372036854775807, got 0.5 (not an integer)
            aFloat         | 1e39                         | expected a number, got 1E+39 (out of range)
            aDouble        | 1e400                        | expected a number, got 1E+400 (out of range)
            aDouble        | "1.5"                        | expected a number, got "1.5"
            aChar          | "ab"                         | expected a string of exactly one character, got "ab"
            aChar          | ""                           | expected a string of exactly one character, got ""
            boxedInt       | null                         | expected an integer from -2147483648 to 2147483647, got null
            boxedChar      | 7                            | expected a string of exactly one character, got 7
            string         | 12                           | expected a string, got 12
            string         | true                         | expected a string, got true
            bigInteger     | 1.25                         | expected an integer, got 1.25 (not an integer)
            bigInteger     | 1e999999999                  | expected an integer, got 1E+999999999 (out of range)
            bigDecimal     | "1.5"                        | expected a number, got "1.5"
            bigDecimal     | 1e999999999                  | expected a number, got 1E+999999999 (out of range)
            uuid           | "1-1-1-1-1"                  | expected a UUID such as 123e4567-e89b-12d3-a456-426614174000, got "1-1-1-1-1"
            uri            | "not a uri"                  | expected an absolute URI such as https://example.com/a, got "not a uri"
            uri            | "/relative/path"             | expected an absolute URI such as https://example.com/a, got "/relative/path"
            localDate      | "2025-13-01"                 | expected a date such as 2025-01-31, got "2025-13-01"
            localDate      | "31/01/2025"                 | expected a date such as 2025-01-31, got "31/01/2025"
            localTime      | "14:30Z"                     | expected a time without offset such as 14:30 or 14:30:15, got "14:30Z"
            localDateTime  | "2025-01-31T14:30:00Z"       | expected a date-time without offset such as 2025-01-31T14:30:00, got "2025-01-31T14:30:00Z"
            offsetDateTime | "2025-01-31T14:30:00"        | expected a date-time with offset such as 2025-01-31T14:30:00Z, got "2025-01-31T14:30:00"
            offsetTime     | "14:30:00"                   | expected a time with offset such as 14:30:00+01:00, got "14:30:00"
            zonedDateTime  | "tomorrow"                   | expected a date-time with offset such as 2025-01-31T14:30:00Z, got "tomorrow"
            instant        | 1738330200                   | expected a date-time with offset such as 2025-01-31T14:30:00Z, got 1738330200
            duration       | "15 minutes"                 | expected a duration such as PT15M or P2DT3H, got "15 minutes"
            color          | "PURPLE"                     | expected one of "RED", "GREEN", "BLUE", got "PURPLE"
            color          | "red"                        | expected one of "RED", "GREEN", "BLUE", got "red"
            color          | 1                            | expected one of "RED", "GREEN", "BLUE", got 1
            string         | "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" | expected a string of exactly one character, got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"... (65 characters)
            """)
    void refusesWithPathExpectedAndFound(String tool, String json, String problem) {
        String actualTool = problem.contains("exactly one character") && tool.equals("string") ? "aChar" : tool;
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class,
                () -> tools.call(actualTool, args("{\"v\":" + json + "}")));
        assertEquals("v: " + problem, e.getMessage());
        assertEquals("v", e.path());
    }

    @ParameterizedTest
    @CsvSource({"anInt", "string", "color", "localDate", "boxedBoolean"})
    void missingArgumentSaysWhatIsExpected(String tool) {
        InvalidArgumentsException e = assertThrows(InvalidArgumentsException.class, () -> tools.call(tool, args("{}")));
        assertEquals(true, e.getMessage().startsWith("v: required but missing, expected "), e.getMessage());
    }
}
