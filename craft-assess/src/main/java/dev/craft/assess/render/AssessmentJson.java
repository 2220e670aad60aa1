package dev.craft.assess.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.craft.assess.Assessment;

/**
 * The JSON form of an {@link Assessment} (docs/schemas/assessment-v1.schema.json): snake_case names, ISO-8601
 * dates, absent values left out. The CLI and the server both write it through here, so that both give the
 * same document.
 */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentJson() {}

    /** A configured mapper (read and write), for callers that store assessments. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static String write(Assessment a) {
        try {
            return MAPPER.writeValueAsString(a) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise assessment", e);
        }
    }

    public static Assessment read(String json) {
        try {
            return MAPPER.readValue(json, Assessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an assessment document: " + e.getOriginalMessage(), e);
        }
    }
}
