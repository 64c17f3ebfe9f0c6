package com.kcspeedshop.collector.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kcspeedshop.collector.elm327.response.DroppedFrame;
import com.kcspeedshop.collector.elm327.response.EcuMessage;
import com.kcspeedshop.collector.elm327.response.ElmResponse;
import com.kcspeedshop.collector.elm327.response.ElmResponseParser;
import com.kcspeedshop.collector.elm327.response.ResponseFormat;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.ObdDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decode contract, schema version {@value #VERSION}: turns one input line
 * {@code {"request":"010C","response":"41 0C 1A F8","format":"auto"}} into one output line. See the root README,
 * section "The decode contract", for every field. Never throws; thread-safe.
 */
public final class DecodeContract {

    /** The schema version written as {@code "v"} in every output line. */
    public static final int VERSION = 1;

    private static final int MAX_ECHOED_INPUT = 80;

    private final ObjectMapper mapper = new ObjectMapper();
    private final ElmResponseParser parser = new ElmResponseParser();
    private final ObdDecoder decoder;

    public DecodeContract(ObdDecoder decoder) {
        this.decoder = decoder;
    }

    /** A contract using the standard decoder and its bundled DTC table. */
    public static DecodeContract standard() {
        return new DecodeContract(ObdDecoder.standard());
    }

    /** One input line to its output line (no trailing newline). */
    public String decodeLine(String inputLine) {
        ObjectNode out;
        try {
            out = decode(inputLine);
        } catch (RuntimeException e) {
            // a bug of ours must still give the caller its one line
            out = failure(null, "internal", "reason", "decoder fault: " + e);
        }
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    private ObjectNode decode(String inputLine) {
        JsonNode input;
        try {
            input = mapper.readTree(inputLine);
        } catch (JsonProcessingException e) {
            return badInput(null, "not JSON: " + e.getOriginalMessage() + " in: " + abbreviated(inputLine));
        }
        if (input == null || !input.isObject()) {
            return badInput(null, "not a JSON object: " + abbreviated(inputLine));
        }
        String request = text(input, "request");
        if (!input.path("response").isTextual()) {
            return badInput(request, "field \"response\" (the adapter's text) is missing or not a string");
        }
        if (input.has("request") && request == null) {
            return badInput(null, "field \"request\" must be a string");
        }
        ResponseFormat format;
        try {
            format = FormatHint.parse(text(input, "format"));
        } catch (IllegalArgumentException e) {
            return badInput(request, e.getMessage());
        }
        return outcome(request, parser.parse(request, input.get("response").asText(), format));
    }

    private ObjectNode outcome(String request, ElmResponse response) {
        ObjectNode out;
        if (response instanceof ElmResponse.AdapterError error) {
            out = failure(request, "adapter", "code", error.error().name());
            ((ObjectNode) out.get("error")).put("line", error.line());
        } else if (response instanceof ElmResponse.Garbage garbage) {
            out = failure(request, "garbage", "reason", garbage.reason());
        } else {
            out = header(request).put("ok", true);
        }
        out.set("ecus", ecus(response.messages()));
        out.set("dropped", dropped(response.dropped()));
        return out;
    }

    private ArrayNode ecus(List<EcuMessage> messages) {
        Map<String, ArrayNode> byEcu = new LinkedHashMap<>(); // ECUs in order of first answer
        for (EcuMessage message : messages) {
            ArrayNode results = byEcu.computeIfAbsent(message.ecu(), ecu -> mapper.createArrayNode());
            for (ObdDecodeResult result : decoder.decode(message.ecu(), message.payload())) {
                results.add(ResultJson.of(result));
            }
        }
        ArrayNode ecus = mapper.createArrayNode();
        byEcu.forEach((ecu, results) -> ecus.addObject().put("ecu", ecu).set("results", results));
        return ecus;
    }

    private ArrayNode dropped(List<DroppedFrame> dropped) {
        ArrayNode array = mapper.createArrayNode();
        for (DroppedFrame frame : dropped) {
            array.addObject().put("line", frame.line()).put("reason", frame.reason().name())
                    .put("detail", frame.detail());
        }
        return array;
    }

    private ObjectNode badInput(String request, String reason) {
        ObjectNode out = failure(request, "bad-input", "reason", reason);
        out.putArray("ecus");
        out.putArray("dropped");
        return out;
    }

    private ObjectNode failure(String request, String type, String field, String detail) {
        ObjectNode out = header(request).put("ok", false);
        out.putObject("error").put("type", type).put(field, detail);
        return out;
    }

    private ObjectNode header(String request) {
        return mapper.createObjectNode().put("v", VERSION).put("request", request);
    }

    private static String text(JsonNode input, String field) {
        JsonNode node = input.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String abbreviated(String line) {
        return line.length() <= MAX_ECHOED_INPUT ? line : line.substring(0, MAX_ECHOED_INPUT) + "...";
    }
}
