package dev.craft.server.reporting;

import dev.craft.common.InputException;
import dev.craft.report.cases.CaseActionException;
import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import dev.craft.server.api.Problems;
import java.util.Map;

/** Maps the core's refusals to problem+json: a conflict with the case's state is 409, bad values 400. */
final class ReportingErrors {

    private ReportingErrors() {}

    static ApiException of(CaseActionException e) {
        ProblemType type = e.kind() == CaseActionException.Kind.CONFLICT ? ProblemType.CONFLICT : ProblemType.INVALID_REQUEST;
        return new ApiException(type, e.problems().get(0).render(), Map.of("errors", Problems.errors(e.problems())));
    }

    static ApiException of(InputException e) {
        return new ApiException(ProblemType.INVALID_REQUEST, e.problems().get(0).render(), Map.of("errors", Problems.errors(e.problems())));
    }
}
