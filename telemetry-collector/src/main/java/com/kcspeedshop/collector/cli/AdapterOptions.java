package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.transport.SerialSettings;
import com.kcspeedshop.collector.transport.SerialTransport;
import com.kcspeedshop.collector.transport.TcpSettings;
import com.kcspeedshop.collector.transport.TcpTransport;
import com.kcspeedshop.collector.transport.Transport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the ELM327 adapter is: a serial device (USB, Bluetooth RFCOMM) or a Wi-Fi adapter's TCP port. */
final class AdapterOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Link link;

    static final class Link {
        @Option(names = "--port", paramLabel = "DEVICE",
                description = "Serial device of the adapter, e.g. /dev/ttyUSB0 (USB) or /dev/rfcomm0 (Bluetooth).")
        String port;

        @Option(names = "--tcp", paramLabel = "HOST:PORT",
                description = "A Wi-Fi adapter's address, e.g. 192.168.0.10:35000.")
        String tcp;
    }

    @Option(names = "--baud", paramLabel = "RATE",
            description = "With --port: the serial rate (9600, 38400, 115200, 500000 ...). Default: try 38400, 9600, "
                    + "115200 and 500000 until the adapter answers.")
    Integer baud;

    /** The transport; throws IllegalArgumentException with a clear message for a bad value. */
    Transport transport() {
        if (link.port != null) {
            SerialSettings settings = baud == null
                    ? new SerialSettings(link.port, SerialSettings.DEFAULT_BAUD_RATE, true)
                    : new SerialSettings(link.port, baud, false);
            return new SerialTransport(settings);
        }
        if (baud != null) {
            throw new IllegalArgumentException("--baud applies to --port only, not to --tcp");
        }
        int colon = link.tcp.lastIndexOf(':');
        if (colon <= 0 || colon == link.tcp.length() - 1) {
            return new TcpTransport(TcpSettings.of(link.tcp, TcpSettings.DEFAULT_PORT));
        }
        try {
            return new TcpTransport(TcpSettings.of(link.tcp.substring(0, colon),
                    Integer.parseInt(link.tcp.substring(colon + 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--tcp wants HOST:PORT, e.g. 192.168.0.10:35000; got " + link.tcp);
        }
    }
}
