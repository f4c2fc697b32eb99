package dev.mcplet.processor;

import static dev.mcplet.processor.Compile.assertError;

import org.junit.jupiter.api.Test;

/** What stays refused among classes, generic types and sealed hierarchies: one test per message, with file and line. */
class ObjectShapeErrorsTest {

    @Test
    void wildcardTypeArgumentsOfAGenericRecord() {
        assertError("wildcard type argument ? (in test.Tools.Page<?>); use a concrete type argument", "Page<?> page", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                public class Tools {
                    public record Page<T>(List<T> items) { }
                    @McpTool
                    public int size(Page<?> page) { return page.items().size(); }
                }
                """);
    }

    @Test
    void aClassWithoutAShape() {
        assertError("class test.Tools.Widget has no JSON shape that generated code can read without reflection; make it a"
                + " JavaBean (a public no-argument constructor with public getters and setters), give it one public"
                + " constructor whose parameters are its properties (or mark one @JsonCreator), or make it a record",
                "class Widget", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static class Widget {
                        public Widget(int size) { }
                        public Widget(String name) { }
                    }
                    @McpTool
                    public void use(Widget widget) { }
                }
                """);
    }

    @Test
    void innerClasses() {
        assertError("test.Tools.Inner is an inner class, which cannot be created without an instance of its outer class;"
                + " declare it static", "class Inner", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public class Inner {
                        public String name;
                    }
                    @McpTool
                    public void use(Inner inner) { }
                }
                """);
    }

    @Test
    void polymorphismThatIsNotSealed() {
        assertError("test.Tools.Animal is abstract and not sealed, so a JSON value cannot say which class to create;"
                + " declare it sealed with its subtypes (sealed interface Shape permits Circle, Square), or use a concrete"
                + " class", "interface Animal", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public interface Animal { }
                    @McpTool
                    public void feed(Animal animal) { }
                }
                """);
    }

    @Test
    void sealedClassesMustBeAbstract() {
        assertError("sealed class test.Tools.Base is not abstract, so a JSON value could be it or a subclass;"
                + " declare it abstract, or add a final subclass for its own case", "sealed class Base", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static sealed class Base permits Sub { }
                    public static final class Sub extends Base { }
                    @McpTool
                    public void use(Base base) { }
                }
                """);
    }

    @Test
    void nonSealedSubtypes() {
        assertError("test.Tools.Open is non-sealed, so the subtypes of test.Tools.Node are not all known at compile time;"
                + " declare it final or sealed", "non-sealed class Open", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public sealed interface Node permits Leaf, Open { }
                    public record Leaf(int value) implements Node { }
                    public static non-sealed class Open implements Node { }
                    @McpTool
                    public void use(Node node) { }
                }
                """);
    }

    @Test
    void genericSealedHierarchies() {
        assertError("sealed type test.Tools.Result has type parameters (in test.Tools.Result); declare the sealed"
                + " hierarchy without type parameters", "sealed interface Result", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public sealed interface Result<T> permits Ok { }
                    public record Ok<T>(T value) implements Result<T> { }
                    @McpTool
                    public void use(Result<String> result) { }
                }
                """);
    }

    @Test
    void typeInfoOtherThanNames() {
        assertError("@JsonTypeInfo(use = CLASS) on test.Tools.Node is not supported; use @JsonTypeInfo(use ="
                + " JsonTypeInfo.Id.NAME, property = \"...\"), which names the subtype in a property", "interface Node", """
                package test;
                import com.fasterxml.jackson.annotation.JsonTypeInfo;
                import dev.mcplet.McpTool;
                public class Tools {
                    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
                    public sealed interface Node permits Leaf { }
                    public record Leaf(int value) implements Node { }
                    @McpTool
                    public void use(Node node) { }
                }
                """);
    }

    @Test
    void twoSubtypesWithOneName() {
        assertError("type name \"leaf\" of test.Tools.Other is already used by test.Tools.Leaf; give each subtype its own"
                + " name with @JsonTypeName or @JsonSubTypes", "record Other", """
                package test;
                import com.fasterxml.jackson.annotation.JsonTypeName;
                import dev.mcplet.McpTool;
                public class Tools {
                    public sealed interface Node permits Leaf, Other { }
                    @JsonTypeName("leaf") public record Leaf(int value) implements Node { }
                    @JsonTypeName("leaf")
                    public record Other(int value) implements Node { }
                    @McpTool
                    public void use(Node node) { }
                }
                """);
    }

    @Test
    void aPropertyNamedAsTheDiscriminator() {
        assertError("test.Tools.Leaf has a property \"type\", which is the discriminator of test.Tools.Node; rename the"
                + " property, or choose another discriminator with @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property ="
                + " \"...\")", "interface Node", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public sealed interface Node permits Leaf { }
                    public record Leaf(String type) implements Node { }
                    @McpTool
                    public void use(Node node) { }
                }
                """);
    }

    @Test
    void twoCreators() {
        assertError("test.Tools.Point has more than one @JsonCreator constructor or factory; mark only one", "public Point(String", """
                package test;
                import com.fasterxml.jackson.annotation.JsonCreator;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static final class Point {
                        @JsonCreator public Point(int x) { }
                        @JsonCreator
                        public Point(String x) { }
                    }
                    @McpTool
                    public void use(Point point) { }
                }
                """);
    }

    @Test
    void aPrivateCreator() {
        assertError("the constructor of test.Tools.Point that builds it from JSON is not accessible from package test,"
                + " where the generated Tools_McpTools is; declare it public", "private Point(", """
                package test;
                import com.fasterxml.jackson.annotation.JsonCreator;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static final class Point {
                        @JsonCreator
                        private Point(int x) { }
                        public static Point of(int x) { return new Point(x); }
                    }
                    @McpTool
                    public void use(Point point) { }
                }
                """);
    }

    @Test
    void aPrivateFieldWithoutAccessors() {
        assertError("property secret of test.Tools.Bean is a non-public field without a public getter or setter;"
                + " generated code cannot reach it without reflection, so add a public getter and setter, or make the"
                + " field public", "private String secret", """
                package test;
                import com.fasterxml.jackson.annotation.JsonProperty;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static class Bean {
                        @JsonProperty
                        private String secret;
                    }
                    @McpTool
                    public void use(Bean bean) { }
                }
                """);
    }

    @Test
    void getterAndSetterOfDifferentTypes() {
        assertError("the getter and setter of property size of test.Tools.Bean have different types (java.lang.String"
                + " and int); give them the same type", "public void setSize", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static class Bean {
                        public String getSize() { return ""; }
                        public void setSize(int size) { }
                    }
                    @McpTool
                    public void use(Bean bean) { }
                }
                """);
    }

    @Test
    void typeArgumentsThatGrowWithoutEnd() {
        assertError("test.Tools.Box nests type arguments deeper than 24 levels as it recurses", "Box<List<T>> next", """
                package test;
                import dev.mcplet.McpTool;
                import java.util.List;
                public class Tools {
                    public record Box<T>(T value,
                            Box<List<T>> next) { }
                    @McpTool
                    public void use(Box<String> box) { }
                }
                """);
    }

    @Test
    void aPrivateJsonValue() {
        assertError("the @JsonValue of enum test.Tools.Unit cannot be used by generated code: it must be public",
                "private String symbol()", """
                package test;
                import com.fasterxml.jackson.annotation.JsonValue;
                import dev.mcplet.McpTool;
                public class Tools {
                    public enum Unit {
                        METRE;
                        @JsonValue
                        private String symbol() { return "m"; }
                    }
                    @McpTool
                    public void use(Unit unit) { }
                }
                """);
    }

    @Test
    void aFactoryOfAGenericClass() {
        assertError("this @JsonCreator factory cannot build test.Tools.Box: a static factory must return the class itself,"
                + " and a generic class must use a constructor; mark a constructor @JsonCreator instead",
                "static <T> Box<T> of(", """
                package test;
                import com.fasterxml.jackson.annotation.JsonCreator;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static final class Box<T> {
                        private Box() { }
                        @JsonCreator
                        public static <T> Box<T> of(T value) { return new Box<>(); }
                    }
                    @McpTool
                    public void use(Box<String> box) { }
                }
                """);
    }

    @Test
    void aDelegatingCreator() {
        assertError("the @JsonCreator of test.Tools.Code takes the whole JSON value (mode = DELEGATING), which needs"
                + " data-binding at run time; take one parameter per property instead (mode = PROPERTIES)",
                "public Code(String", """
                package test;
                import com.fasterxml.jackson.annotation.JsonCreator;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static final class Code {
                        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
                        public Code(String text) { }
                    }
                    @McpTool
                    public void use(Code code) { }
                }
                """);
    }

    @Test
    void constructorParametersWithoutNames() {
        assertError("the constructor parameters of test.Tools.Point have no names in its class file (arg0, arg1, ...),"
                + " so they cannot name properties; compile that class with -parameters, or name each with @JsonProperty",
                "public Point(int arg0", """
                package test;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static final class Point {
                        public Point(int arg0, int arg1) { }
                    }
                    @McpTool
                    public void use(Point point) { }
                }
                """);
    }

    @Test
    void aCustomNamingStrategy() {
        assertError("the @JsonNaming strategy of test.Tools.Item is not one of Jackson's PropertyNamingStrategies,",
                "record Item", """
                package test;
                import com.fasterxml.jackson.databind.PropertyNamingStrategies;
                import com.fasterxml.jackson.databind.annotation.JsonNaming;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static class Shouting extends PropertyNamingStrategies.NamingBase {
                        @Override public String translate(String name) { return name.toUpperCase(); }
                    }
                    @JsonNaming(Shouting.class)
                    public record Item(String name) { }
                    @McpTool
                    public void use(Item item) { }
                }
                """);
    }

    @Test
    void jacksonAnnotationsThatGeneratedCodeDoesNotFollow() {
        assertError("@JsonFormat (on when) changes the JSON form in a way generated code does not follow: dates and"
                + " times are written in ISO 8601 and numbers as numbers; remove the pattern or shape",
                "LocalDate when", """
                package test;
                import com.fasterxml.jackson.annotation.JsonFormat;
                import dev.mcplet.McpTool;
                import java.time.LocalDate;
                public class Tools {
                    public record Event(@JsonFormat(pattern = "dd/MM/yyyy")
                            LocalDate when) { }
                    @McpTool
                    public void use(Event event) { }
                }
                """);
        assertError("@JsonAnySetter (on put) changes the JSON form in a way generated code does not follow: properties"
                + " of any name are not supported; use a Map<String, V> property", "public void put(", """
                package test;
                import com.fasterxml.jackson.annotation.JsonAnySetter;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static class Bag {
                        public String name;
                        @JsonAnySetter
                        public void put(String key, Object value) { }
                    }
                    @McpTool
                    public void use(Bag bag) { }
                }
                """);
        assertError("@JsonSerialize (on price) changes the JSON form in a way generated code does not follow: a custom"
                + " serializer needs Jackson data-binding at run time; use a supported type, or JsonNode",
                "java.math.BigDecimal price", """
                package test;
                import com.fasterxml.jackson.databind.annotation.JsonSerialize;
                import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
                import dev.mcplet.McpTool;
                public class Tools {
                    public static class Item {
                        @JsonSerialize(using = ToStringSerializer.class)
                        public java.math.BigDecimal price;
                    }
                    @McpTool
                    public Item use() { return new Item(); }
                }
                """);
    }
}
