package dev.craft.sbom.read;

import dev.craft.common.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader learns besides the model: non-fatal warnings (dangling refs, generated refs, unparseable
 * timestamps) and schema violations. Readers never drop a component; they record here what they had to
 * repair so that {@code check} and {@code info} can show it.
 */
public final class ReadContext {

    /** Schema violations beyond this many are counted, not kept: a broken generator repeats one mistake. */
    static final int MAX_SCHEMA_PROBLEMS = 1000;

    private final SbomInput input;
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Problem> schemaErrors = new ArrayList<>();
    private int schemaErrorsDropped;
    private int generatedRefs;
    private boolean schemaChecked;

    public ReadContext(SbomInput input) {
        this.input = input;
    }

    public SbomInput input() {
        return input;
    }

    public String source() {
        return input.name();
    }

    public InputLimits limits() {
        return input.limits();
    }

    public void warn(String location, String message) {
        warnings.add(Problem.at(source(), location, message));
    }

    public void warn(String location, String message, String expected) {
        warnings.add(new Problem(source(), location, message, expected));
    }

    public void schemaError(String location, String message) {
        if (schemaErrors.size() < MAX_SCHEMA_PROBLEMS) schemaErrors.add(Problem.at(source(), location, message));
        else schemaErrorsDropped++;
    }

    /** Marks that the document was checked against its schema (so "no schema errors" means valid, not "not checked"). */
    public void schemaChecked() {
        schemaChecked = true;
    }

    public boolean isSchemaChecked() {
        return schemaChecked;
    }

    /** A ref for a component the document gives none (or a duplicate) for, announced as a warning. */
    public String generateRef(String location, String why) {
        String ref = "craft:generated:" + (++generatedRefs);
        warn(location, why + "; craft refers to it as " + ref);
        return ref;
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    public List<Problem> schemaErrors() {
        if (schemaErrorsDropped == 0) return List.copyOf(schemaErrors);
        var all = new ArrayList<>(schemaErrors);
        all.add(Problem.at(source(), "", "... and " + schemaErrorsDropped + " more schema violations"));
        return List.copyOf(all);
    }
}
