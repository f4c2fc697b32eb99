package dev.mcplet.processor.model;

import java.util.List;

/**
 * A record used by the tools of one class, with its components in declaration order.
 *
 * @param description the main text of the record's Javadoc, or null
 * @param recursive whether the record can contain itself, directly or through other records; its
 *     schema then goes to {@code $defs} and is referenced with {@code $ref}
 */
public record RecordDef(ClassRef type, String description, List<Property> components, boolean recursive) {

    public RecordDef {
        components = List.copyOf(components);
    }
}
