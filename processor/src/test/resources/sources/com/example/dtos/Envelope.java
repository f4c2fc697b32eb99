package com.example.dtos;

/** A generic JavaBean: each use gives its own schema and codec. */
public class Envelope<T> {

    private T data;
    private String requestId;

    public T getData() {
        return data;
    }

    public void setData(T data) {
        this.data = data;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
