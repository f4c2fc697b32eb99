package dev.mcplet.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocCommentTest {

    @Test
    void mainTextAndParamTags() {
        DocComment doc = DocComment.parse("""
                 Add two integers.
                 Overflows wrap around.

                 @param a the first
                    addend
                 @param b the second addend
                 @return the sum
                 @throws ArithmeticException never
                """);
        assertEquals("Add two integers. Overflows wrap around.", doc.main());
        assertEquals(Map.of("a", "the first addend", "b", "the second addend"), doc.params());
    }

    @Test
    void inlineTagsBecomeTheirTextAndHtmlIsDropped() {
        DocComment doc = DocComment.parse("""
                 Returns {@code x + 1} for {@link java.util.List#size() the size}, see {@link Foo#bar} and
                 {@linkplain #baz}. <b>Bold</b> &lt;tag&gt; &amp; {@literal @}home.
                 <p>Second paragraph.
                 @param <T> a type parameter, ignored
                 @param x the {@code int} value
                """);
        assertEquals("Returns x + 1 for the size, see Foo.bar and baz. Bold <tag> & @home.\n\nSecond paragraph.",
                doc.main());
        assertEquals(Map.of("x", "the int value"), doc.params());
    }

    @Test
    void blockTagsStartALine() {
        // as in the javadoc tool, an @ in the middle of a line is text
        assertEquals("Mail me @home.", DocComment.parse("Mail me @home.").main());
    }

    @Test
    void emptyOrTagsOnly() {
        assertNull(DocComment.parse(null).main());
        assertNull(DocComment.parse("  \n ").main());
        DocComment doc = DocComment.parse("@param a\n@param b  \n");
        assertNull(doc.main());
        assertEquals(Map.of(), doc.params());
    }
}
