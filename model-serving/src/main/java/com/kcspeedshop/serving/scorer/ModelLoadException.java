package com.kcspeedshop.serving.scorer;

import java.io.IOException;

/** An artifact that cannot be read into a scorer: missing files, an unknown layout, or a corrupt binary. */
public final class ModelLoadException extends IOException {

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
