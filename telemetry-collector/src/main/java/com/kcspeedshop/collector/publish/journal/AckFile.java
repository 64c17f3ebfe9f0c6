package com.kcspeedshop.collector.publish.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.zip.CRC32C;

/**
 * The persisted "acknowledged up to" position: {@code "KCSA" | position u64 | CRC32C u32} in a file named {@code acked}.
 * Written as temp file + fsync + atomic rename + directory fsync, so after any crash the file holds either the old or
 * the new position, never a mix. An old position only means readings are sent again, which consumers deduplicate.
 */
final class AckFile {

    private static final int MAGIC = 0x4B435341; // "KCSA"
    private static final int SIZE = 16;

    private final Path file;
    private final Path temp;
    private final Path directory;

    AckFile(Path directory) {
        this.directory = directory;
        this.file = directory.resolve("acked");
        this.temp = directory.resolve("acked.tmp");
    }

    /** The stored position; empty if there is none or it is unreadable (then everything is sent again). */
    OptionalLong read() throws IOException {
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(file));
        if (content.limit() != SIZE || content.getInt(0) != MAGIC || content.getInt(12) != crc(content)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(content.getLong(4));
    }

    void write(long position) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(SIZE).putInt(MAGIC).putLong(position);
        content.putInt(crc(content));
        content.flip();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (content.hasRemaining()) {
                channel.write(content);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the journal directory " + directory + " does not support atomic renames", e);
        }
        syncDirectory(directory);
    }

    /** Makes a rename or a new file in {@code directory} durable. Linux allows fsync on a directory; others may not. */
    static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not supported on this platform: the rename is still atomic, just not yet durable
        }
    }

    private static int crc(ByteBuffer content) {
        CRC32C crc = new CRC32C();
        crc.update(content.array(), 0, 12);
        return (int) crc.getValue();
    }
}
