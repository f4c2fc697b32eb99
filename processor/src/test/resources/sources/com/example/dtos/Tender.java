package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;

/** Subtypes that carry their discriminator themselves, and a class annotation they inherit. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind", visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Tender.Card.class, name = "card"),
    @JsonSubTypes.Type(value = Tender.Cash.class, name = "cash")
})
@JsonIgnoreProperties(ignoreUnknown = true)
public sealed interface Tender permits Tender.Card, Tender.Cash {

    String kind();

    record Card(String kind, String last4) implements Tender {
    }

    record Cash(String kind, BigDecimal amount) implements Tender {
    }
}
