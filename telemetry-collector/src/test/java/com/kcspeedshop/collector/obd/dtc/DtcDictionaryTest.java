package com.kcspeedshop.collector.obd.dtc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DtcDictionaryTest {

    @Test
    void shouldFormatTheTwoWireBytesAsJ2012Codes() {
        // the examples of /work/shared/datasets/README.md and SAE J2012: letter from bits 15-14, digit from 13-12
        assertThat(DtcCodes.format(0x01, 0x04)).isEqualTo("P0104");
        assertThat(DtcCodes.format(0x41, 0x23)).isEqualTo("C0123");
        assertThat(DtcCodes.format(0x80, 0x03)).isEqualTo("B0003");
        assertThat(DtcCodes.format(0xC1, 0x00)).isEqualTo("U0100");
        assertThat(DtcCodes.format(0x03, 0x01)).isEqualTo("P0301");
        assertThat(DtcCodes.format(0xFF, 0xFF)).isEqualTo("U3FFF");
    }

    @Test
    void shouldDescribeGenericCodesOfAllFourFamiliesFromTheBundledTable() {
        DtcDictionary table = DtcDictionary.bundled();

        assertThat(table.size()).isEqualTo(9415);
        assertThat(table.describe("P0301")).contains("Cylinder 1 Misfire Detected");
        assertThat(table.describe("C0001")).contains("TCS Control Channel A Valve 1");
        assertThat(table.describe("C0123")).isEmpty(); // a valid code the generic table happens not to list
        assertThat(table.describe("B0003")).contains("Driver Frontal Stage 3 Deployment Control");
        assertThat(table.describe("U0100")).contains("Lost Communication With ECM/PCM A");
        assertThat(table.describe("P3FFF")).isEmpty();
    }

    @Test
    void shouldUnquoteDescriptionsWithCommasAndQuotes() throws IOException {
        DtcDictionary table = DtcDictionary.bundled();
        assertThat(table.describe("P1399")).contains("Glow Plug Circuit High Side, High Input");
        assertThat(table.describe("C1500")).contains("Transfer Case Contact Plate \"B\" Encoder Circuit Failure");

        DtcDictionary small = DtcDictionary.read(new ByteArrayInputStream(
                "code,description\nP0420,\"Catalyst System Efficiency Below Threshold, Bank 1\"\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(small.describe("P0420")).contains("Catalyst System Efficiency Below Threshold, Bank 1");
    }
}
