package dev.mcplet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.mcplet.processor.model.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The members of the generated class as they are added, with one name space so that none clash. */
final class Members {

    private final NameAllocator names = new NameAllocator();
    final List<FieldSpec> constants = new ArrayList<>();
    final List<MethodSpec> codecs = new ArrayList<>();

    /** A unique member name close to {@code suggestion}. */
    String newName(String suggestion) {
        return names.newName(suggestion);
    }

    /** {@code private static final String[] ORDER_PROPERTIES = {"id", "lines"};} */
    String propertyNames(String prefix, List<Property> properties) {
        List<String> names = new ArrayList<>();
        for (Property property : properties) {
            names.add(property.jsonName());
            names.addAll(property.aliases()); // @JsonAlias names are accepted too
        }
        return names(prefix, names);
    }

    /** {@code private static final String[] ORDER_PROPERTIES = {"id", "lines"};} for these names. */
    String names(String prefix, List<String> jsonNames) {
        String name = newName(prefix + "_PROPERTIES");
        CodeBlock.Builder values = CodeBlock.builder().add("{");
        for (int i = 0; i < jsonNames.size(); i++) {
            values.add(i == 0 ? "$S" : ", $S", jsonNames.get(i));
        }
        constants.add(FieldSpec.builder(ArrayTypeName.of(TypeNames.STRING), name, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(values.add("}").build()).build());
        return name;
    }

    /** {@code private static final JsonNode SEARCH_LIMIT_DEFAULT = Decode.constant("10");} */
    String defaultValue(String prefix, Property property) {
        String name = newName(prefix + "_" + Names.upperSnake(property.javaName()) + "_DEFAULT");
        constants.add(FieldSpec.builder(TypeNames.JSON_NODE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.constant($S)", Codecs.DECODE, property.defaultJson()).build());
        return name;
    }
}
