package com.kcspeedshop.collector.publish.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * The on-disk layout of a segment, and a scanner that reads it back checking every record.
 *
 * <pre>
 * segment file  = header record*
 * header        = "KCSJ" (4 bytes) | format version u8 = 1 | 3 zero bytes
 * record        = length u32 (big-endian, of payload) | crc u32 (CRC32C of the length bytes, then the payload) | payload
 * payload       = Events.OBD_READING binary form; its first byte is the event magic 0xC5
 * </pre>
 *
 * The CRC covers the length too, so a corrupt length cannot send the reader off into the middle of another record.
 * Past a corrupt record the scanner resynchronises: it slides forward a byte at a time until a length, a CRC and the
 * event magic all agree again (a false match needs a 32-bit CRC collision on top of the magic), so corruption costs
 * only the records it touched.
 */
final class JournalRecords {

    static final int SEGMENT_HEADER = 8;
    static final int RECORD_HEADER = 8;
    static final int MIN_PAYLOAD = 3; // event magic, type tag, schema version
    static final int MAX_PAYLOAD = 64 * 1024; // a reading encodes to about 100 bytes
    private static final byte[] MAGIC = {'K', 'C', 'S', 'J', 1, 0, 0, 0};
    private static final int EVENT_MAGIC = 0xC5;

    /** Sees each valid record; returns false to stop the scan after it. */
    interface Visitor {
        boolean record(long fileOffset, byte[] payload) throws IOException;
    }

    /**
     * What a scan found.
     *
     * @param validEnd       offset just past the last valid record (or the start offset if none)
     * @param corruptRegions runs of bad bytes followed by a valid record
     * @param corruptBytes   bytes in those runs
     * @param stopped        whether the visitor stopped the scan early
     */
    record Scan(long validEnd, long corruptRegions, long corruptBytes, boolean stopped) {
    }

    private JournalRecords() {
    }

    static ByteBuffer segmentHeader() {
        return ByteBuffer.wrap(MAGIC.clone());
    }

    static boolean hasValidHeader(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(SEGMENT_HEADER);
        int read = 0;
        while (header.hasRemaining() && read >= 0) {
            read = channel.read(header, header.position());
        }
        return !header.hasRemaining() && header.flip().equals(ByteBuffer.wrap(MAGIC));
    }

    /** One record, ready to write. */
    static ByteBuffer encode(byte[] payload) {
        if (payload.length < MIN_PAYLOAD || payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a journal record holds " + MIN_PAYLOAD + ".." + MAX_PAYLOAD
                    + " bytes, got " + payload.length);
        }
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + payload.length);
        record.putInt(payload.length);
        record.putInt(crc(record.array(), 0, payload, 0, payload.length));
        record.put(payload);
        return record.flip();
    }

    /** Scans records in {@code [from, limit)} of a segment file. */
    static Scan scan(FileChannel channel, long from, long limit, Visitor visitor) throws IOException {
        Window window = new Window(channel, limit);
        long offset = from;
        long validEnd = from;
        long corruptStart = -1;
        long regions = 0;
        long corruptBytes = 0;
        while (offset + RECORD_HEADER <= limit) {
            int length = window.validRecordAt(offset);
            if (length < 0) {
                corruptStart = corruptStart < 0 ? offset : corruptStart;
                offset++;
                continue;
            }
            if (corruptStart >= 0) {
                regions++;
                corruptBytes += offset - corruptStart;
                corruptStart = -1;
            }
            validEnd = offset + RECORD_HEADER + length;
            if (!visitor.record(offset, window.copy(offset + RECORD_HEADER, length))) {
                return new Scan(validEnd, regions, corruptBytes, true);
            }
            offset = validEnd;
        }
        return new Scan(validEnd, regions, corruptBytes, false);
    }

    private static int crc(byte[] lengthBytes, int lengthOffset, byte[] payload, int payloadOffset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(lengthBytes, lengthOffset, 4);
        crc.update(payload, payloadOffset, length);
        return (int) crc.getValue();
    }

    /** A read buffer over part of a file, reloaded at the wanted offset whenever a range falls outside it. */
    private static final class Window {
        private final FileChannel channel;
        private final long limit;
        private final ByteBuffer buffer = ByteBuffer.allocate(2 * (RECORD_HEADER + MAX_PAYLOAD));
        private long start = -1;

        Window(FileChannel channel, long limit) {
            this.channel = channel;
            this.limit = limit;
        }

        /** The payload length if a valid record starts at {@code offset}, else -1. */
        int validRecordAt(long offset) throws IOException {
            ensure(offset, RECORD_HEADER);
            int at = (int) (offset - start);
            int length = buffer.getInt(at);
            if (length < MIN_PAYLOAD || length > MAX_PAYLOAD || offset + RECORD_HEADER + length > limit) {
                return -1;
            }
            ensure(offset, RECORD_HEADER + length);
            at = (int) (offset - start);
            byte[] bytes = buffer.array();
            boolean valid = (bytes[at + RECORD_HEADER] & 0xFF) == EVENT_MAGIC
                    && buffer.getInt(at + 4) == crc(bytes, at, bytes, at + RECORD_HEADER, length);
            return valid ? length : -1;
        }

        byte[] copy(long offset, int length) {
            byte[] out = new byte[length];
            System.arraycopy(buffer.array(), (int) (offset - start), out, 0, length);
            return out;
        }

        private void ensure(long offset, int length) throws IOException {
            if (start >= 0 && offset >= start && offset + length <= start + buffer.limit()) {
                return;
            }
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), limit - offset));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("segment ended at " + (offset + buffer.position()) + ", expected " + limit);
                }
            }
            buffer.flip();
            start = offset;
        }
    }
}
