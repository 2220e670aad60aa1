package dev.craft.server.api;

import dev.craft.common.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds problem+json bodies; the one place that knows their shape. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail, String instance) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(type.status(), detail);
        pd.setType(type.uri());
        pd.setTitle(type.title());
        if (instance != null) pd.setInstance(java.net.URI.create(instance));
        return pd;
    }

    public static ProblemDetail of(ApiException e, String instance) {
        ProblemDetail pd = of(e.type(), e.getMessage(), instance);
        e.properties().forEach(pd::setProperty);
        return pd;
    }

    /** The JSON object of a problem, for writers outside Spring MVC's converters. */
    public static Map<String, Object> toMap(ProblemDetail pd) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("type", pd.getType().toString());
        map.put("title", pd.getTitle());
        map.put("status", pd.getStatus());
        if (pd.getDetail() != null) map.put("detail", pd.getDetail());
        if (pd.getInstance() != null) map.put("instance", pd.getInstance().toString());
        if (pd.getProperties() != null) map.putAll(pd.getProperties());
        return map;
    }

    /** The located problems of a rejected document: {@code errors: [{source, location, message, expected}]}. */
    public static List<Map<String, String>> errors(List<Problem> problems) {
        return problems.stream().map(p -> Map.of(
                "source", p.source(), "location", p.location(), "message", p.message(), "expected", p.expected())).toList();
    }
}
