package dev.craft.cli.assess;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file completely or not at all: a temporary file in the same folder, then an atomic move. */
final class AtomicFiles {

    private AtomicFiles() {}

    static void write(Path target, String content, boolean overwrite) throws IOException {
        Path abs = target.toAbsolutePath();
        if (!overwrite && Files.exists(abs)) {
            throw new InputException(new Problem(target.toString(), "", "file exists", "--force to overwrite it, or another file name"));
        }
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
