package com.example.dtos;

import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.math.BigDecimal;

/** Public fields, and a property named by @JsonGetter/@JsonSetter. */
public class Money {
    public BigDecimal amount;
    public String currency = "EUR";
    private String memo;

    @JsonGetter("note")
    public String getMemo() {
        return memo;
    }

    @JsonSetter("note")
    public void setMemo(String memo) {
        this.memo = memo;
    }
}
