package com.kcspeedshop.collector.transport;

import java.util.List;
import java.util.Set;

/**
 * A serial, USB-serial or Bluetooth RFCOMM port, validated on construction.
 *
 * @param portPath  device path such as {@code /dev/ttyUSB0}, {@code /dev/rfcomm0} or a socat pty link; not blank
 * @param baudRate  one of {@link #SUPPORTED_BAUD_RATES}; ELM327 chips default to {@value #DEFAULT_BAUD_RATE}
 * @param probeBaud when true, {@link SerialTransport#open()} tries {@code baudRate} then {@link #PROBE_ORDER} until
 *                  the adapter answers with its {@code >} prompt (adapters whose baud was changed with ATBRD/STBR, or
 *                  clones shipped at 9600/115200)
 */
public record SerialSettings(String portPath, int baudRate, boolean probeBaud) {

    public static final int DEFAULT_BAUD_RATE = 38_400;
    public static final Set<Integer> SUPPORTED_BAUD_RATES =
            Set.of(9_600, 19_200, 38_400, 57_600, 115_200, 230_400, 500_000);
    /** 38400 first (ELM327 default), 9600 (old and some BT clones), then the fast rates STN and USB clones use. */
    public static final List<Integer> PROBE_ORDER = List.of(38_400, 9_600, 115_200, 500_000);

    public SerialSettings {
        if (portPath == null || portPath.isBlank()) {
            throw new IllegalArgumentException("serial port path must not be blank, e.g. /dev/ttyUSB0 or /dev/rfcomm0");
        }
        if (!SUPPORTED_BAUD_RATES.contains(baudRate)) {
            throw new IllegalArgumentException("baud rate " + baudRate + " is not one an ELM327 adapter uses; pick one of "
                    + SUPPORTED_BAUD_RATES.stream().sorted().toList());
        }
    }

    /** {@code portPath} at 38400 baud without probing. */
    public static SerialSettings of(String portPath) {
        return new SerialSettings(portPath, DEFAULT_BAUD_RATE, false);
    }

    /** The rates to try, the configured one first, without repeats. */
    public List<Integer> baudCandidates() {
        if (!probeBaud) {
            return List.of(baudRate);
        }
        java.util.LinkedHashSet<Integer> order = new java.util.LinkedHashSet<>();
        order.add(baudRate);
        order.addAll(PROBE_ORDER);
        return List.copyOf(order);
    }
}
