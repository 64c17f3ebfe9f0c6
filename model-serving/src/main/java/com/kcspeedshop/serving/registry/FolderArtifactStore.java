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
 * temporary sibling first and is renamed into place, so a reader never sees half an artifact.
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
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target.toUri();
    }

    @Override
    public Path fetch(URI uri) throws IOException {
        if (!"file".equals(uri.getScheme())) {
            throw new IOException("the folder store reads file: URIs only, got " + uri);
        }
        Path dir = Path.of(uri.getPath());
        if (!Files.isDirectory(dir)) {
            throw new IOException("artifact folder is gone: " + dir);
        }
        return dir;
    }
}
