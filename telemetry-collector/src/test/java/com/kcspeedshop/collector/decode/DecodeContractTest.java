package com.kcspeedshop.collector.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The decode contract end to end, fed real adapter replies. Captures are copied verbatim from
 * {@code elm327/response/Captures.java} (test sources), where each is cited: [DSJ42] ELM327DSJ p. 42, [DSH39] ELM327DSH
 * p. 39, [329-38] ELM329DSB p. 38, [DSJ87] ELM327DSJ pp. 87-88; {@code BUILT_*} ones are constructed there from the
 * data sheet bytes. The DTC replies are the captures cited in {@code obd/TroubleCodeDecoderTest.java}.
 */
class DecodeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DecodeContract contract = DecodeContract.standard();

    private JsonNode decode(String request, String response, String format) throws Exception {
        ObjectNode in = JsonNodeFactory.instance.objectNode().put("request", request).put("response", response);
        if (format != null) {
            in.put("format", format);
        }
        String line = contract.decodeLine(JSON.writeValueAsString(in));
        assertThat(line).doesNotContain("\n");
        JsonNode out = JSON.readTree(line);
        assertThat(out.get("v").asInt()).isEqualTo(1);
        return out;
    }

    @Test
    void shouldDecodeEngineRpmWithHeadersOnIso9141() throws Exception {
        JsonNode out = decode("010C", "48 6B 10 41 0C 1A F8 22\r", "iso9141,headers"); // BUILT_ISO9141_010C

        assertThat(out.get("ok").asBoolean()).isTrue();
        assertThat(out.get("request").asText()).isEqualTo("010C");
        JsonNode ecu = out.at("/ecus/0");
        assertThat(ecu.get("ecu").asText()).isEqualTo("10");
        JsonNode value = ecu.at("/results/0/values/0");
        assertThat(ecu.at("/results/0/type").asText()).isEqualTo("pid");
        assertThat(ecu.at("/results/0/service").asInt()).isEqualTo(1);
        assertThat(ecu.at("/results/0/pid").asInt()).isEqualTo(12);
        assertThat(value.get("name").asText()).isEqualTo("ENGINE_RPM");
        assertThat(value.get("value").asDouble()).isEqualTo(1726.0);
        assertThat(value.get("unit").asText()).isEqualTo("rpm");
        assertThat(out.get("dropped")).isEmpty();
    }

    @Test
    void shouldDecodeCoolantAndSupportedPidsFromCanHeaders() throws Exception {
        JsonNode coolant = decode("0105", "7E8 03 41 05 46 00 00 00 00\r", null); // [DSH39]
        assertThat(coolant.at("/ecus/0/ecu").asText()).isEqualTo("7E8");
        assertThat(coolant.at("/ecus/0/results/0/values/0/name").asText()).isEqualTo("COOLANT_TEMP");
        assertThat(coolant.at("/ecus/0/results/0/values/0/value").asDouble()).isEqualTo(30.0);
        assertThat(coolant.at("/ecus/0/results/0/values/0/unit").asText()).isEqualTo("degC");

        JsonNode supported = decode("0100", "18 DA F1 10 06 41 00 BE 3F B8 13 00\r", "can29,headers");
        assertThat(supported.at("/ecus/0/ecu").asText()).isEqualTo("18DAF110");
        assertThat(supported.at("/ecus/0/results/0/type").asText()).isEqualTo("supported");
        assertThat(supported.at("/ecus/0/results/0/ids/0").asInt()).isEqualTo(1);
    }

    @Test
    void shouldReassembleAMultiLineIsoTpVin() throws Exception {
        // [DSJ42] CAN, headers off: length line and numbered segments, lines separated by \n as the contract allows
        JsonNode out = decode("0902", "014\n0: 49 02 01 31 44 34\n1: 47 50 30 30 52 35 35\n2: 42 31 32 33 34 35 36\n",
                null);

        JsonNode result = out.at("/ecus/0/results/0");
        assertThat(result.get("type").asText()).isEqualTo("vin");
        assertThat(result.get("vin").asText()).isEqualTo("1D4GP00R55B123456");
    }

    @Test
    void shouldListEveryEcuOfAMultiEcuReplyInOrder() throws Exception {
        // [329-38] calibration ids from 7E8 and 7E9
        String raw = "7E8 10 13 49 04 01 35 36 30\r7E8 21 32 38 39 34 39 41 43\r7E8 22 00 00 00 00 00 00 31\r"
                + "7E9 10 13 49 04 01 35 36 30\r7E9 21 32 38 39 35 34 41 43\r7E9 22 00 00 00 00 00 00 00\r";
        JsonNode out = decode("0904", raw, "can11,headers");

        assertThat(out.get("ecus")).hasSize(2);
        assertThat(out.at("/ecus/0/ecu").asText()).isEqualTo("7E8");
        assertThat(out.at("/ecus/1/ecu").asText()).isEqualTo("7E9");
        assertThat(out.at("/ecus/0/results/0/type").asText()).isEqualTo("vehicle-info");
        assertThat(out.at("/ecus/0/results/0/label").asText()).isEqualTo("CALIBRATION_ID");
        assertThat(out.at("/ecus/0/results/0/items/0").asText()).startsWith("5602894");
    }

    @Test
    void shouldDecodeStoredTroubleCodesWithDescriptions() throws Exception {
        JsonNode out = decode("03", "43 01 33 00 00 00 00\r", null); // ELM327 data sheet p. 34

        JsonNode result = out.at("/ecus/0/results/0");
        assertThat(result.get("type").asText()).isEqualTo("dtcs");
        assertThat(result.get("kind").asText()).isEqualTo("STORED");
        assertThat(result.at("/dtcs/0/code").asText()).isEqualTo("P0133");
        assertThat(result.at("/dtcs/0/description").asText()).isEqualTo("O2 Sensor Circuit Slow Response Bank 1 Sensor 1");
    }

    @Test
    void shouldReportAdapterErrorsWithTheirCodeAndLine() throws Exception {
        JsonNode out = decode("010C", "010C\rNO DATA\r\r", null); // [DSJ87] with echo

        assertThat(out.get("ok").asBoolean()).isFalse();
        assertThat(out.at("/error/type").asText()).isEqualTo("adapter");
        assertThat(out.at("/error/code").asText()).isEqualTo("NO_DATA");
        assertThat(out.at("/error/line").asText()).isEqualTo("NO DATA");
    }

    @Test
    void shouldKeepTheMessagesReadBeforeABufferFull() throws Exception {
        JsonNode out = decode("0100", "7E8 06 41 00 BE 3F B8 13 00\rBUFFER FULL\r", null); // [DSH39] + [DSJ87]

        assertThat(out.at("/error/code").asText()).isEqualTo("BUFFER_FULL");
        assertThat(out.at("/ecus/0/ecu").asText()).isEqualTo("7E8");
    }

    @Test
    void shouldReportGarbageAndNegativeResponses() throws Exception {
        JsonNode garbage = decode("010C", "\u0000\u00ffZZ\r", null);
        assertThat(garbage.get("ok").asBoolean()).isFalse();
        assertThat(garbage.at("/error/type").asText()).isEqualTo("garbage");
        assertThat(garbage.at("/error/reason").asText()).isNotBlank();
        assertThat(garbage.get("dropped")).isNotEmpty();

        JsonNode negative = decode("0902", "7F 09 12\r", null);
        assertThat(negative.get("ok").asBoolean()).isTrue();
        assertThat(negative.at("/ecus/0/results/0/type").asText()).isEqualTo("error");
        assertThat(negative.at("/ecus/0/results/0/reason").asText()).contains("NRC 0x12");
    }

    @Test
    void shouldAnswerBadInputWithATypedErrorAndKeepGoing() throws Exception {
        String input = "{not json\n[1,2]\n{\"request\":\"010C\"}\n{\"request\":\"010C\",\"response\":\"41 0C 1A F8\","
                + "\"format\":\"flexray\"}\n\n{\"request\":\"010D\",\"response\":\"41 0D 32\"}\n";
        StringWriter written = new StringWriter();

        long lines = new DecodeStream(contract).run(new BufferedReader(new StringReader(input)),
                new PrintWriter(written));

        String[] out = written.toString().split("\n");
        assertThat(lines).isEqualTo(6);
        assertThat(out).hasSize(6);
        for (int i = 0; i < 5; i++) {
            JsonNode line = JSON.readTree(out[i]);
            assertThat(line.get("ok").asBoolean()).as("line %d", i).isFalse();
            assertThat(line.at("/error/type").asText()).as("line %d", i).isEqualTo("bad-input");
        }
        assertThat(JSON.readTree(out[0]).at("/error/reason").asText()).startsWith("not JSON: ");
        assertThat(JSON.readTree(out[2]).get("request").asText()).isEqualTo("010C");
        assertThat(JSON.readTree(out[3]).at("/error/reason").asText()).contains("flexray");
        JsonNode speed = JSON.readTree(out[5]);
        assertThat(speed.at("/ecus/0/results/0/values/0/name").asText()).isEqualTo("VEHICLE_SPEED");
        assertThat(speed.at("/ecus/0/results/0/values/0/value").asDouble()).isEqualTo(50.0);
    }
}
