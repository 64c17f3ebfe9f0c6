package com.kcspeedshop.serving.registry;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Artifacts as folders under one root ({@code <root>/<id>/}), addressed by {@code file:} URIs. The copy goes to a
 * temporary sibling first, gets its {@code SHA256SUMS} and is renamed into place, so a reader never sees half an
 * artifact; {@link #fetch} checks every file against {@code SHA256SUMS}.
 */
public final class FolderArtifactStore implements ArtifactStore {

    private final Path root;

    public FolderArtifactStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    @Override
    public URI put(String id, Path folder) throws IOException {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new IllegalArgumentException("artifact id must be letters, digits, '.', '_', '+', '-': " + id);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("not an artifact folder: " + folder.toAbsolutePath());
        }
        Path target = root.resolve(id);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "artifact id already stored");
        }
        Manifest manifest = Manifest.of(folder);
        Path staging = Files.createTempDirectory(root, ".incoming-");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = staging.resolve(folder.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(staging.resolve(Manifest.FILE), manifest.render());
        manifest.verify(staging); // the copy, not only the source, is what readers will get
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target.toUri();
    }

    /** The stored folder, after checking every file against its {@code SHA256SUMS}. */
    @Override
    public Path fetch(URI uri) throws IOException {
        if (!"file".equals(uri.getScheme())) {
            throw new IOException("the folder store reads file: URIs only, got " + uri);
        }
        Path dir = Path.of(uri.getPath());
        if (!Files.isDirectory(dir)) {
            throw new IOException("artifact folder is gone: " + dir);
        }
        Path sums = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(sums)) {
            throw new ArtifactIntegrityException(dir + " has no " + Manifest.FILE + ": it was not stored by an "
                    + "artifact store (or by a version before checksums); register it again");
        }
        Manifest.parse(Files.readString(sums), sums.toString()).verify(dir);
        return dir;
    }
}
