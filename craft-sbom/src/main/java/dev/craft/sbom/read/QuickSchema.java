package dev.craft.sbom.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A fast yes/no check of JSON against one draft-07 schema, for the elements craft validates one by one while
 * streaming (ADR 0024). It knows the keywords the SBOM schemas use and decides with networknt's own pattern
 * and format code, so that a verdict it gives is the verdict networknt would give. Where it cannot be sure
 * (a keyword it does not know, a {@code $ref} with validating siblings, numbers where {@code 1} and
 * {@code 1.0} could be told apart, strings with surrogate pairs) it answers {@link Verdict#UNDECIDED}.
 * It gives no messages: callers validate everything that is not {@link Verdict#VALID} with networknt,
 * which then reports exactly what it always did.
 */
public final class QuickSchema {

    /** VALID and INVALID are definite; UNDECIDED means: ask the full validator. */
    public enum Verdict { VALID, INVALID, UNDECIDED }

    private final QuickCheck root;

    private QuickSchema(QuickCheck root) {
        this.root = root;
    }

    /**
     * Compiles the schema at {@code iri} (an absolute IRI with an optional JSON-pointer fragment, such as
     * {@code http://cyclonedx.org/schema/bom-1.6.schema.json#/definitions/component}). {@code documents}
     * returns the parsed schema document for an IRI without fragment, or null when there is none.
     */
    public static QuickSchema compile(String iri, Function<String, JsonNode> documents) {
        return new QuickSchema(new Compiler(documents).ref(URI.create(iri)));
    }

    public Verdict verdict(JsonNode node) {
        try {
            return root.test(node) ? Verdict.VALID : Verdict.INVALID;
        } catch (QuickCheck.Undecided e) {
            return Verdict.UNDECIDED;
        }
    }

    /** Resolves references once per target; recursive schemas (a component inside a component) become cycles of refs. */
    private static final class Compiler {
        private final Function<String, JsonNode> documents;
        private final Map<String, JsonNode> loaded = new HashMap<>();
        private final Map<String, QuickCheck.Ref> refs = new HashMap<>();

        Compiler(Function<String, JsonNode> documents) {
            this.documents = documents;
        }

        QuickCheck.Ref ref(URI target) {
            String key = target.toString();
            QuickCheck.Ref existing = refs.get(key);
            if (existing != null) return existing;
            QuickCheck.Ref ref = new QuickCheck.Ref();
            refs.put(key, ref);
            String document = target.getFragment() == null ? key : key.substring(0, key.indexOf('#'));
            JsonNode doc = loaded.computeIfAbsent(document, documents);
            JsonNode schema = doc == null ? null : pointer(doc, target.getFragment());
            URI base = URI.create(document);
            if (doc != null && doc.path("$id").isTextual()) {
                base = base.resolve(doc.get("$id").asText()); // bom-1.3.schema.json calls itself bom-1.3a.schema.json
                loaded.putIfAbsent(base.toString(), doc);
            }
            ref.target = schema == null ? QuickCheck.UNDECIDED : QuickCheck.compile(schema, base, this::ref);
            return ref;
        }

        private static JsonNode pointer(JsonNode doc, String fragment) {
            if (fragment == null || fragment.isEmpty()) return doc;
            if (!fragment.startsWith("/")) return null; // plain-name anchors: leave to the full validator
            JsonNode n = doc.at(fragment);
            return n.isMissingNode() ? null : n;
        }
    }
}
