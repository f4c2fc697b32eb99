package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

// A JavaBean as a Jackson user writes one: private fields, getters and setters, annotations on the fields.
@JsonClassDescription("A product in the catalog")
@JsonIgnoreProperties(ignoreUnknown = true)
public class Product {

    @JsonProperty(value = "sku", required = true)
    @JsonPropertyDescription("Stock keeping unit")
    private String id;

    /** The name shown to customers. */
    private String name;

    private BigDecimal price;

    private boolean available;

    private List<String> tags = new ArrayList<>();

    private Category category;

    private byte[] thumbnail;

    @JsonIgnore
    private String internalNote;

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    private Instant updatedAt;

    public Product() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative");
        }
        this.price = price;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    public void setThumbnail(byte[] thumbnail) {
        this.thumbnail = thumbnail;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** A getter without a setter: written, never read. */
    public String getDisplayName() {
        return name + " (" + id + ")";
    }
}
