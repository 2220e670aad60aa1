package dev.craft.report.cases;

import dev.craft.common.InputException;
import dev.craft.common.Problem;

/**
 * An action on a case that cannot be applied: bad values ({@link Kind#INVALID}) or a conflict with the case's state
 * ({@link Kind#CONFLICT}, for example a stage already filed). The CLI exits 2; the server answers 400 or 409.
 */
public final class CaseActionException extends InputException {
    private static final long serialVersionUID = 1L;

    /** Why the action was refused. */
    public enum Kind { INVALID, CONFLICT }

    private final Kind kind;

    public CaseActionException(Kind kind, String caseId, String location, String message, String expected) {
        super(new Problem("case " + caseId, location, message, expected));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
