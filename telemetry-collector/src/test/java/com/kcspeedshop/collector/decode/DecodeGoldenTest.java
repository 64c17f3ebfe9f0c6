package com.kcspeedshop.collector.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Schema v1 locked byte for byte: a change here breaks every tool that reads the contract, so it must be deliberate
 * (a new field is fine, and updates these lines; anything else needs {@code "v":2}). Also keeps the README's example
 * true.
 */
class DecodeGoldenTest {

    private static final Path README = Path.of("../README.md");
    private static final Pattern INPUT = Pattern.compile("^\\s+'(.*)' \\\\$|^\\s+'(.*)' \\|$");

    private final DecodeContract contract = DecodeContract.standard();

    // Freeze frame and service 06 bytes as in obd/CurrentDataDecoderTest and obd/MonitorTestDecoderTest; 0100 + BUFFER
    // FULL is [DSH39] + [DSJ87] of elm327/response/Captures.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"request\":\"020C00\",\"response\":\"42 0C 00 0F A0\"}`"
                + "|`{\"v\":1,\"request\":\"020C00\",\"ok\":true,\"ecus\":[{\"ecu\":\"unknown-1\",\"results\":[{\"type\":"
                + "\"pid\",\"service\":2,\"pid\":12,\"frame\":0,\"values\":[{\"name\":\"ENGINE_RPM\",\"value\":1000.0,"
                + "\"unit\":\"rpm\"}]}]}],\"dropped\":[]}`",
        "`{\"request\":\"0601\",\"response\":\"7E8 10 13 46 01 01 0A 0D AC\\n7E8 21 0B B8 FF FF 01 05 10\\n7E8 22 01 90"
                + " 00 00 01 2C 00\",\"format\":\"can11,headers\"}`"
                + "|`{\"v\":1,\"request\":\"0601\",\"ok\":true,\"ecus\":[{\"ecu\":\"7E8\",\"results\":[{\"type\":\"monitors\","
                + "\"allPassed\":false,\"tests\":[{\"mid\":1,\"tid\":1,\"unitScaling\":10,\"value\":427.0,\"min\":366.0,"
                + "\"max\":7995.2699999999995,\"unit\":\"mV\",\"passed\":true},{\"mid\":1,\"tid\":5,\"unitScaling\":16,"
                + "\"value\":400.0,\"min\":0.0,\"max\":300.0,\"unit\":\"ms\",\"passed\":false}]}]}],\"dropped\":[]}`",
        "`{\"request\":\"04\",\"response\":\"7E8 01 44\\n7E9 01 44\"}`"
                + "|`{\"v\":1,\"request\":\"04\",\"ok\":true,\"ecus\":[{\"ecu\":\"7E8\",\"results\":[{\"type\":"
                + "\"dtcs-cleared\"}]},{\"ecu\":\"7E9\",\"results\":[{\"type\":\"dtcs-cleared\"}]}],\"dropped\":[]}`",
        "`{\"request\":\"0151\",\"response\":\"41 51 04\"}`"
                + "|`{\"v\":1,\"request\":\"0151\",\"ok\":true,\"ecus\":[{\"ecu\":\"unknown-1\",\"results\":[{\"type\":\"pid\","
                + "\"service\":1,\"pid\":81,\"values\":[{\"name\":\"FUEL_TYPE\",\"value\":4.0,\"unit\":\"\",\"text\":"
                + "\"Diesel\"}]}]}],\"dropped\":[]}`",
        "`{\"request\":\"0100\",\"response\":\"7E8 06 41 00 BE 3F B8 13 00\\nBUFFER FULL\"}`"
                + "|`{\"v\":1,\"request\":\"0100\",\"ok\":false,\"error\":{\"type\":\"adapter\",\"code\":\"BUFFER_FULL\","
                + "\"line\":\"BUFFER FULL\"},\"ecus\":[{\"ecu\":\"7E8\",\"results\":[{\"type\":\"supported\",\"service\":1,"
                + "\"base\":0,\"ids\":[1,3,4,5,6,7,11,12,13,14,15,16,17,19,20,21,28,31,32]}]}],\"dropped\":[]}`"})
    void shouldWriteSchemaV1ExactlyForEveryResultType(String input, String expected) {
        assertThat(contract.decodeLine(input)).isEqualTo(expected);
    }

    @Test
    void shouldProduceTheReadmeExampleOutputExactly() throws Exception {
        assumeTrue(Files.isReadable(README), "root README not found from " + Path.of("").toAbsolutePath());
        List<String> lines = Files.readAllLines(README);
        int section = lines.indexOf("## The `decode` contract");
        assertThat(section).as("README section").isNotNegative();
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        boolean inJson = false;
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher input = INPUT.matcher(line);
            if (input.matches()) {
                inputs.add(input.group(1) != null ? input.group(1) : input.group(2));
            } else if (line.equals("```json")) {
                inJson = true;
            } else if (line.equals("```")) {
                inJson = false;
            } else if (inJson) {
                outputs.add(line);
            }
        }

        assertThat(inputs).hasSize(6);
        // the shell's printf '%s\n' passes \n through unchanged: JSON sees the escape, as in the README's command
        assertThat(inputs.stream().map(contract::decodeLine).toList()).containsExactlyElementsOf(outputs);
    }
}
