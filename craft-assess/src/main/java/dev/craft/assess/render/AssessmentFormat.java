package dev.craft.assess.render;

import dev.craft.assess.Assessment;
import java.util.Locale;

/** The output formats of an assessment. */
public enum AssessmentFormat {
    /** A memo for a compliance officer: verdicts, reasons with articles, obligations with dates, open questions. */
    TEXT,
    /** The memo as Markdown (for wikis and tickets). */
    MARKDOWN,
    /** The memo as a self-contained HTML page. */
    HTML,
    /** The full result with every trace, following docs/schemas/assessment-v1.schema.json. */
    JSON;

    public String render(Assessment a) {
        return switch (this) {
            case TEXT -> TextRenderer.render(Memo.build(a));
            case MARKDOWN -> MarkdownRenderer.render(Memo.build(a));
            case HTML -> HtmlRenderer.render(Memo.build(a), "CRA assessment: " + a.subject().product());
            case JSON -> AssessmentJson.write(a);
        };
    }

    public String fileExtension() {
        return switch (this) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case HTML -> "html";
            case JSON -> "json";
        };
    }

    public static AssessmentFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
