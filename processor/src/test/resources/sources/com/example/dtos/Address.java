package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An immutable class built through its {@code @JsonCreator} constructor. */
public final class Address {

    private final String street;
    @JsonProperty("postal_code")
    private final String postalCode;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String country;

    /**
     * @param street the street and number
     * @param postalCode the postal code
     * @param country the ISO 3166 alpha-2 country code
     */
    @JsonCreator
    public Address(@JsonProperty("street") String street,
            @JsonProperty(value = "postal_code", required = true) @JsonAlias({"zip", "postcode"}) String postalCode,
            @JsonProperty("country") String country) {
        if (country != null && country.length() != 2) {
            throw new IllegalArgumentException("country must be a two-letter ISO 3166 code");
        }
        this.street = street;
        this.postalCode = postalCode;
        this.country = country;
    }

    public Address(String line) {
        this(line, "00000", null);
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }
}
