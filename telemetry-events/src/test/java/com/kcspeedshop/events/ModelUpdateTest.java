package com.kcspeedshop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelUpdateTest {

    private static final Instant T = Instant.parse("2026-11-25T10:15:30Z");
    private static final ModelUpdate PROMOTED = new ModelUpdate("anomaly-obd", "anomaly-iforest-7",
            ModelAction.PROMOTED, "s3://models/anomaly-iforest-7.zip", T);

    @Test
    void shouldRoundTripEveryActionThroughBinaryAndJson() {
        for (ModelAction action : ModelAction.values()) {
            ModelUpdate update = new ModelUpdate("rul", "rul-gbt-3", action, "file:///models/rul-gbt-3.bin", T);
            assertThat(Events.MODEL_UPDATE.decode(Events.MODEL_UPDATE.encode(update))).isEqualTo(update);
            assertThat(Events.MODEL_UPDATE.fromJson(Events.MODEL_UPDATE.toJson(update))).isEqualTo(update);
        }
    }

    @Test
    void shouldCarryItsOwnTypeTagOnTheWire() {
        byte[] bytes = Events.MODEL_UPDATE.encode(PROMOTED);
        assertThat(bytes[1]).isEqualTo((byte) 9);
        assertThatThrownBy(() -> Events.OBD_READING.decode(bytes))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("got tag 9 (ModelUpdate)");
    }

    @Test
    void shouldExposeTheArtifactAsAUri() {
        assertThat(PROMOTED.artifact()).isEqualTo(URI.create("s3://models/anomaly-iforest-7.zip"));
    }

    @Test
    void shouldRefuseGarbageTruncationAndPaddingWithAReason() {
        byte[] bytes = Events.MODEL_UPDATE.encode(PROMOTED);
        assertThatThrownBy(() -> Events.MODEL_UPDATE.decode("{\"model\":1}".getBytes()))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("not a KC Speedshop event");
        assertThatThrownBy(() -> Events.MODEL_UPDATE.decode(Arrays.copyOf(bytes, bytes.length - 2)))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Events.MODEL_UPDATE.decode(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(EventDecodingException.class).hasMessageContaining("trailing bytes");
    }

    @Test
    void shouldRefuseAnUnknownActionOnTheWire() {
        String json = Events.MODEL_UPDATE.toJson(PROMOTED).replace("PROMOTED", "SHADOW");
        assertThatThrownBy(() -> Events.MODEL_UPDATE.fromJson(json)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("SHADOW");
        byte[] bytes = Events.MODEL_UPDATE.encode(new ModelUpdate("m", "id", ModelAction.RETIRED, "file:///m", T));
        // the action is written by name: "RETIRED" -> "RETIREX" keeps the length and breaks the name
        byte[] broken = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("RETIRED", "RETIREX")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Events.MODEL_UPDATE.decode(broken)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("unknown ModelAction 'RETIREX'");
    }

    @Test
    void shouldValidateItsFields() {
        assertThatThrownBy(() -> new ModelUpdate("Anomaly OBD", "id", ModelAction.PROMOTED, "file:///m", T))
                .hasMessageContaining("modelName must be");
        assertThatThrownBy(() -> new ModelUpdate("m", " ", ModelAction.PROMOTED, "file:///m", T))
                .hasMessageContaining("modelId must not be blank");
        assertThatThrownBy(() -> new ModelUpdate("m", "id", null, "file:///m", T))
                .hasMessageContaining("action must not be null");
        assertThatThrownBy(() -> new ModelUpdate("m", "id", ModelAction.PROMOTED, "models/m.zip", T))
                .hasMessageContaining("absolute URI");
        assertThatThrownBy(() -> new ModelUpdate("m", "id", ModelAction.PROMOTED, "file:///a b", T))
                .hasMessageContaining("not a URI");
        assertThatThrownBy(() -> new ModelUpdate("m", "id", ModelAction.PROMOTED, "file:///m", null))
                .hasMessageContaining("publishedAt must not be null");
    }

    @Test
    void shouldTurnBytesThatBreakTheInvariantsIntoADecodingError() {
        byte[] bytes = Events.MODEL_UPDATE.encode(PROMOTED);
        bytes[4] = 'A'; // first character of the model name: upper case is not allowed
        assertThatThrownBy(() -> Events.MODEL_UPDATE.decode(bytes)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("invalid ModelUpdate: modelName must be");
    }
}
