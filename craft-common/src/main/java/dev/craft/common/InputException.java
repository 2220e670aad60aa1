package dev.craft.common;

import java.util.List;

/**
 * An input (file, upload, option) that craft cannot accept. Carries every problem found, not just the
 * first, so that a user fixes a file in one pass. The CLI turns it into exit code 2, the server into
 * a 4xx problem+json response.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("an InputException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public InputException(Problem problem, Throwable cause) {
        super(problem.render(), cause);
        this.problems = List.of(problem);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        var sb = new StringBuilder();
        for (Problem p : problems) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.render());
        }
        return sb.toString();
    }
}
