package com.kcspeedshop.collector.publish.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One segment file, named by the journal position of its first byte ({@code 00000000000000000000.journal}), so a
 * position maps to a file and an offset without an index. Not thread-safe: {@link ReadingJournal} guards it.
 */
final class Segment {

    static final String SUFFIX = ".journal";

    private final long base;
    private final Path path;
    private final FileChannel channel;
    private long size;

    private Segment(long base, Path path, FileChannel channel, long size) {
        this.base = base;
        this.path = path;
        this.channel = channel;
        this.size = size;
    }

    static Segment create(Path directory, long base) throws IOException {
        Path path = directory.resolve(fileName(base));
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        ByteBuffer header = JournalRecords.segmentHeader();
        while (header.hasRemaining()) {
            channel.write(header, header.position());
        }
        return new Segment(base, path, channel, JournalRecords.SEGMENT_HEADER);
    }

    static Segment open(Path path) throws IOException {
        String name = path.getFileName().toString();
        long base = Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new Segment(base, path, channel, channel.size());
    }

    static boolean isSegmentName(String name) {
        return name.matches("\\d{20}\\" + SUFFIX);
    }

    static String fileName(long base) {
        return String.format(Locale.ROOT, "%020d%s", base, SUFFIX);
    }

    long base() {
        return base;
    }

    long end() {
        return base + size;
    }

    long size() {
        return size;
    }

    Path path() {
        return path;
    }

    FileChannel channel() {
        return channel;
    }

    void append(ByteBuffer record) throws IOException {
        long at = size;
        while (record.hasRemaining()) {
            at += channel.write(record, at);
        }
        size = at;
    }

    void truncate(long newSize) throws IOException {
        channel.truncate(newSize);
        channel.force(true);
        size = newSize;
    }

    void force() throws IOException {
        channel.force(false);
    }

    void close() throws IOException {
        channel.close();
    }

    void delete() throws IOException {
        channel.close();
        Files.deleteIfExists(path);
    }
}
