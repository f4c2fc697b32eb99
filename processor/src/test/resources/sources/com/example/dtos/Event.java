package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;

/** A sealed hierarchy with Jackson's discriminator annotations, and a class among its subtypes. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Event.Created.class, name = "created"),
    @JsonSubTypes.Type(value = Event.Deleted.class)
})
public sealed interface Event permits Event.Created, Event.Deleted {

    record Created(String sku, Instant at) implements Event {
    }

    @JsonTypeName("deleted")
    final class Deleted implements Event {
        private String sku;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }
    }
}
