package dev.mcplet.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            10                                     | 10
            -1.50e+3                               | -1.50e+3
            ` { "a" : [ 1 , true , null ] , "b" : {} } ` | {"a":[1,true,null],"b":{}}
            "tab\\tquote\\"slash\\/u\\u00e9\\u0001"  | "tab\\tquote\\"slash/ué\\u0001"
            []                                     | []
            """)
    void parsesAndWritesCompactly(String json, String compact) {
        assertEquals(compact, JsonText.write(JsonText.parse(json)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ten            | unexpected text; strings must be in double quotes at offset 0
            01             | unexpected text after the value at offset 1
            1.             | invalid number: digits expected after the decimal point at offset 2
            {"a":1,"a":2}  | duplicate property "a" at offset 12
            [1,            | a value is missing at offset 3
            "abc           | unterminated string at offset 4
            {a:1}          | expected a property name in double quotes at offset 1
            ``             | a value is missing at offset 0
            """)
    void reportsWhatIsWrongAndWhere(String json, String problem) {
        assertEquals(problem, assertThrows(IllegalArgumentException.class, () -> JsonText.parse(json)).getMessage());
    }
}
