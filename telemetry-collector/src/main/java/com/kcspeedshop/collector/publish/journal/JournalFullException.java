package com.kcspeedshop.collector.publish.journal;

/** The journal is at its maximum size and its {@link FullPolicy} is {@link FullPolicy#REJECT_NEW}. */
public final class JournalFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JournalFullException(String message) {
        super(message);
    }
}
