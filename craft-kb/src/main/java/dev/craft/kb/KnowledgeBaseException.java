package dev.craft.kb;

import dev.craft.common.Problem;
import java.util.List;

/**
 * The knowledge base is broken: a file is missing or malformed, a citation is not in craft's style, a
 * reference does not resolve. Carries every problem with its file and JSON path. craft refuses to assess
 * anything with a broken knowledge base.
 */
public final class KnowledgeBaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public KnowledgeBaseException(List<Problem> problems) {
        super("invalid knowledge base:\n  " + String.join("\n  ", problems.stream().map(Problem::render).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
