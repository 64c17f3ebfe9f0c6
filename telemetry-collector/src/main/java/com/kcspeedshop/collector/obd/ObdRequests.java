package com.kcspeedshop.collector.obd;

/**
 * Request messages (service byte first) for the services this package decodes. The session layer sends them; for
 * service 04 the caller (the CLI) must have asked the user first, since it erases codes, freeze frames and readiness.
 */
public final class ObdRequests {

    private ObdRequests() {
    }

    /** Service 01 for up to six PIDs (more than one only on CAN, ISO 15765-4). */
    public static byte[] currentData(int... pids) {
        if (pids.length < 1 || pids.length > 6) {
            throw new IllegalArgumentException("service 01 asks for 1 to 6 PIDs, got " + pids.length);
        }
        byte[] request = new byte[pids.length + 1];
        request[0] = 0x01;
        for (int i = 0; i < pids.length; i++) {
            request[i + 1] = (byte) pids[i];
        }
        return request;
    }

    /** Service 02 for one PID of freeze frame {@code frame}. */
    public static byte[] freezeFrame(int pid, int frame) {
        return new byte[] {0x02, (byte) pid, (byte) frame};
    }

    /** Service 03, 07 or 0A: the codes of one DTC memory. */
    public static byte[] troubleCodes(DtcKind kind) {
        return new byte[] {(byte) kind.service()};
    }

    /** Service 04: clear diagnostic information. The positive answer decodes to {@link DtcsCleared}. */
    public static byte[] clearTroubleCodes() {
        return new byte[] {0x04};
    }

    /** Service 06 for one monitor id. */
    public static byte[] monitorTests(int mid) {
        return new byte[] {0x06, (byte) mid};
    }

    /** Service 09 for one info type (0x02 VIN ...). */
    public static byte[] vehicleInfo(int infoType) {
        return new byte[] {0x09, (byte) infoType};
    }
}
