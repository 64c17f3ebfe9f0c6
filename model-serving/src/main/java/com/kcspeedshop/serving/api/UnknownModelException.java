package com.kcspeedshop.serving.api;

/** A model name that is not being served. */
class UnknownModelException extends RuntimeException {

    UnknownModelException(String name, java.util.Collection<String> served) {
        super("no model named '" + name + "' is being served; served: " + served);
    }
}
