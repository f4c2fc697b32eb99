package dev.mcplet.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/** Trees written by Jackson's own generator: the reference the server's writer and reader are tested against. */
final class JacksonTrees {

    private JacksonTrees() {
    }

    /** The tree walk of {@link Json#write}, on Jackson's generator. */
    static void write(JsonGenerator out, JsonNode value) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT: {
                out.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
                return;
            }
            case ARRAY:
                out.writeStartArray();
                for (JsonNode item : value) {
                    write(out, item);
                }
                out.writeEndArray();
                return;
            case STRING:
                out.writeString(value.textValue());
                return;
            case BOOLEAN:
                out.writeBoolean(value.booleanValue());
                return;
            case BINARY:
                out.writeBinary(value.binaryValue());
                return;
            case NUMBER:
                switch (value.numberType()) {
                    case INT:
                        out.writeNumber(value.intValue());
                        return;
                    case LONG:
                        out.writeNumber(value.longValue());
                        return;
                    case BIG_INTEGER:
                        out.writeNumber(value.bigIntegerValue());
                        return;
                    case FLOAT:
                        out.writeNumber(value.floatValue());
                        return;
                    case DOUBLE:
                        out.writeNumber(value.doubleValue());
                        return;
                    default:
                        out.writeNumber(value.decimalValue());
                        return;
                }
            default:
                out.writeNull();
        }
    }

}
