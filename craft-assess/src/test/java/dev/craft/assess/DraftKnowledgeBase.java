package dev.craft.assess;

import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.KnowledgeBaseLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the shipped knowledge base in a folder, edited the way a reviewer edits it for a change in the law. */
final class DraftKnowledgeBase {

    private final Path dir;

    private DraftKnowledgeBase(Path dir) {
        this.dir = dir;
    }

    static DraftKnowledgeBase copyTo(Path dir) {
        try {
            for (String name : KnowledgeBaseLoader.standard().manifest().files()) copy(name, dir);
            copy("manifest.yaml", dir);
            return new DraftKnowledgeBase(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = DraftKnowledgeBase.class.getResourceAsStream("/dev/craft/kb/cra/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** Replaces one exact text in a file; fails if the text is not there (the test would prove nothing). */
    DraftKnowledgeBase replace(String file, String from, String to) {
        try {
            Path p = dir.resolve(file);
            String s = Files.readString(p, StandardCharsets.UTF_8);
            if (!s.contains(from)) throw new AssertionError(file + " does not contain: " + from);
            Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KnowledgeBase load() {
        return KnowledgeBaseLoader.load(dir);
    }

    Path dir() {
        return dir;
    }
}
