package com.kcspeedshop.collector.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.collector.elm327.emulator.Elm327Emulator;
import com.kcspeedshop.collector.elm327.emulator.EmulatorSettings;
import com.kcspeedshop.collector.elm327.session.Chip;
import com.kcspeedshop.collector.elm327.session.ElmSession;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.collector.elm327.session.SessionSettings;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A WiFi adapter on loopback: the emulator behind a real server socket. */
class TcpTransportTest {

    @Test
    void shouldFingerprintAnAdapterBehindATcpSocket() throws Exception {
        Elm327Emulator emulator = new Elm327Emulator(EmulatorSettings.defaults()
                .withTiming(Duration.ofMillis(2), Duration.ofMillis(10), Duration.ZERO));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    emulator.serve(socket.getInputStream(), socket.getOutputStream());
                } catch (IOException ignored) {
                    // the test ends the connection; nothing to report from the server side
                }
            });
            accept.setDaemon(true);
            accept.start();
            TcpTransport tcp = new TcpTransport(TcpSettings.of("127.0.0.1", server.getLocalPort()));
            try (ElmSession session = new ElmSession(tcp, SessionSettings.defaults())) {
                Fingerprint fp = session.connect();

                assertThat(fp.link()).isEqualTo("tcp:127.0.0.1:" + server.getLocalPort());
                assertThat(fp.chip()).isEqualTo(Chip.ELM327_GENUINE);
                assertThat(fp.protocolNumber()).isEqualTo("6");
            }
            emulator.stop();
        }
    }

    @Test
    void shouldReportARefusedConnectionAsIoException() throws IOException {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }
        TcpTransport tcp = new TcpTransport(TcpSettings.of("127.0.0.1", freePort));
        assertThatThrownBy(tcp::open).isInstanceOf(IOException.class).hasMessageContaining("cannot connect");
        assertThatThrownBy(() -> tcp.read(new byte[1], Duration.ofMillis(1))).isInstanceOf(EOFException.class);
    }

    @Test
    void shouldSeeEndOfStreamOnceThePeerClosesAMemoryPipe() throws IOException {
        MemoryPipe toUs = new MemoryPipe();
        MemoryPipe fromUs = new MemoryPipe();
        StreamTransport transport = StreamTransport.of("pipes", toUs.input(), fromUs.output());
        transport.open();
        toUs.output().write("OK\r>".getBytes());
        toUs.close();

        byte[] buffer = new byte[16];
        assertThat(transport.read(buffer, Duration.ofMillis(100))).isEqualTo(4);
        assertThatThrownBy(() -> transport.read(buffer, Duration.ofMillis(100))).isInstanceOf(EOFException.class);
        assertThat(transport.isOpen()).isFalse();
    }
}
