package dev.craft.kb.yaml;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input, so that a user sees them all at once. */
public final class Problems {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void add(String location, String message, String expected) {
        problems.add(new Problem(source, location, message, expected));
    }

    public void add(String location, String message) {
        add(location, message, "");
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Throws an {@link InputException} carrying every problem, if there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) throw new InputException(problems);
    }
}
