package dev.craft.sbom.read;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON Schema registries that never fetch over the network and treat vendor keywords of the SBOM schemas
 * ({@code meta:enum}, {@code deprecated}) as annotations, instead of logging a warning for each.
 */
public final class SchemaRegistries {

    private SchemaRegistries() {}

    public static SchemaRegistry offline(Consumer<com.networknt.schema.resource.SchemaLoader.Builder> loader) {
        List<Dialect> dialects = List.of(quiet(Dialects.getDraft7()), quiet(Dialects.getDraft201909()), quiet(Dialects.getDraft202012()));
        return SchemaRegistry.withDialects(dialects, b -> b.schemaLoader(l -> {
            l.fetchRemoteResources(false);
            loader.accept(l);
        }));
    }

    private static Dialect quiet(Dialect d) {
        return Dialect.builder(d).unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
    }
}
