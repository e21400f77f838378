package org.hearth.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** For tests: a copy of a data folder as it is at this moment, as a crash at this moment would leave it. */
final class CrashedFolder {

    private CrashedFolder() {
    }

    static DataFolder copyOf(DataFolder source, Path target) {
        try (Stream<Path> files = Files.walk(source.path())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.path().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DataFolder(target);
    }
}
