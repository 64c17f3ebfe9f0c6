package com.kcspeedshop.events;

/** Bytes or text that are not a valid event of the expected type. The message is the reason a dead letter carries. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
