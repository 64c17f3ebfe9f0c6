package com.kcspeedshop.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** scan and dtc against the emulator as a Wi-Fi adapter on a local TCP port. */
class ScanAndDtcCommandTest {

    private final CliRun cli = new CliRun();
    private final Elm327Emulator emulator = new Elm327Emulator(EmulatorSettings.defaults()
            .withTiming(Duration.ofMillis(2), Duration.ofMillis(20), Duration.ofMillis(200)));
    private ServerSocket server;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0);
        // one car for every connection, as a Wi-Fi adapter stays plugged into the same car between commands
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    emulator.serve(socket.getInputStream(), socket.getOutputStream());
                } catch (IOException closed) {
                    // this link ended or the test is over
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void close() throws IOException {
        emulator.stop();
        server.close();
    }

    private String adapter() {
        return "localhost:" + server.getLocalPort();
    }

    @Test
    void shouldListThePidsOfEachEcuWithNamesAndTheVin() {
        assertThat(cli.run("scan", "--tcp", adapter())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString())
                .contains("adapter:     ELM327_GENUINE", "VIN:         " + EmulatorSettings.DEFAULT_VIN)
                .contains("ECU 7E8: 11 PIDs", "ECU 7E9: 1 PIDs")
                .containsPattern("0C  Engine speed +\\[ENGINE_RPM]")
                .containsPattern("42  Control module voltage +\\[CONTROL_MODULE_VOLTAGE]");
    }

    @Test
    void shouldPrintOneJsonDocumentForMachines() throws Exception {
        assertThat(cli.run("scan", "--tcp", adapter(), "--json")).as(cli.err.toString()).isZero();
        JsonNode scan = new ObjectMapper().readTree(cli.out.toString());
        assertThat(scan.get("vin").asText()).isEqualTo(EmulatorSettings.DEFAULT_VIN);
        assertThat(scan.get("fingerprint").get("chip").asText()).isEqualTo("ELM327_GENUINE");
        assertThat(scan.get("ecus").get("7E8")).hasSize(11);
        assertThat(scan.get("ecus").get("7E9").get(0).get("signals").get(0).asText()).isEqualTo("VEHICLE_SPEED");
    }

    @Test
    void shouldReadStoredCodesWithTheirMeaning() {
        assertThat(cli.run("dtc", "--tcp", adapter())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString())
                .contains("stored codes, ECU 7E8:", "P0301  Cylinder 1 Misfire Detected", "P0420")
                .contains("stored codes, ECU 7E9: none")
                .contains("pending codes, ECU 7E8:", "P0171  System Too Lean Bank 1")
                .contains("permanent codes: no ECU answered");
        assertThat(emulator.served(0x04, 0x00)).as("a read never clears").isZero();
    }

    @Test
    void shouldClearStoredAndPendingCodesWithYesSoTheNextReadFindsNone() {
        assertThat(cli.run("dtc", "--tcp", adapter(), "--clear", "--yes")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString())
                .as("the codes are printed before they are cleared").contains("P0301", "P0420", "P0171")
                .contains("cleared: ECU 7E8 confirmed", "cleared: ECU 7E9 confirmed");

        CliRun again = new CliRun();
        assertThat(again.run("dtc", "--tcp", adapter())).as(again.err.toString()).isZero();
        assertThat(again.out.toString())
                .contains("stored codes, ECU 7E8: none", "stored codes, ECU 7E9: none")
                .contains("pending codes, ECU 7E8: none")
                .doesNotContain("P0301", "P0420", "P0171");
        assertThat(emulator.served(0x04, 0x00)).isEqualTo(1);
    }

    @Test
    void shouldRefuseClearWithoutYesAndLeaveTheCodesStored() {
        assertThat(cli.run("dtc", "--tcp", adapter(), "--clear")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("refusing to clear trouble codes without --yes",
                "run again with --clear --yes");
        assertThat(cli.out.toString()).doesNotContain("cleared");

        CliRun again = new CliRun();
        assertThat(again.run("dtc", "--tcp", adapter())).as(again.err.toString()).isZero();
        assertThat(again.out.toString()).contains("P0301", "P0420", "P0171");
        assertThat(emulator.served(0x04, 0x00)).isZero();
    }
}
