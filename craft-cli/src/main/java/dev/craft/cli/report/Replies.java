package dev.craft.cli.report;

import dev.craft.cli.server.ServerClient;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.json.CaseJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import tools.jackson.databind.JsonNode;

/** Turns server replies into results or one-line errors with the server's located problems. */
final class Replies {

    private Replies() {}

    static JsonNode ok(ServerClient.Reply reply, String what) {
        if (reply.ok()) return reply.body();
        JsonNode errors = reply.body() == null ? null : reply.body().get("errors");
        var problems = new ArrayList<Problem>();
        if (errors != null && errors.isArray()) {
            for (JsonNode e : errors) {
                problems.add(new Problem(e.path("source").asString(what), e.path("location").asString(""), e.path("message").asString(""),
                        e.path("expected").asString("")));
            }
        }
        if (problems.isEmpty()) problems.add(Problem.at(what, "", reply.problem()));
        throw new InputException(problems);
    }

    /** The case document of a case view from the server, as the core model. */
    static ReportingCase caseOf(JsonNode view) {
        byte[] json = view.get("case").toString().getBytes(StandardCharsets.UTF_8);
        return CaseJson.read("server reply", new ByteArrayInputStream(json));
    }
}
