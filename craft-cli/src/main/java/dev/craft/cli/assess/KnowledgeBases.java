package dev.craft.cli.assess;

import dev.craft.common.InputException;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.KnowledgeBaseException;
import dev.craft.kb.KnowledgeBaseLoader;
import java.nio.file.Path;

/** The shipped knowledge base, or a draft folder given with --kb (a broken draft is bad input, exit 2). */
final class KnowledgeBases {

    private KnowledgeBases() {}

    static KnowledgeBase load(Path draft) {
        if (draft == null) return KnowledgeBaseLoader.standard();
        try {
            return KnowledgeBaseLoader.load(draft);
        } catch (KnowledgeBaseException e) {
            throw new InputException(e.problems().stream()
                    .map(p -> new dev.craft.common.Problem(draft.resolve(p.source()).toString(), p.location(), p.message(), p.expected()))
                    .toList());
        }
    }
}
