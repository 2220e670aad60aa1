package dev.craft.assess.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessor;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.kb.KnowledgeBaseLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text from a profile must never become markup in the HTML or Markdown memo. */
class EscapingTest {

    private static final String HOSTILE = "Evil <script>alert('x')</script> & \"co\" [link](javascript:x) *bold* # h";

    private String render(AssessmentFormat format) {
        var kb = KnowledgeBaseLoader.standard();
        String yaml = "craft_profile: 1\ncompany: {name: '" + HOSTILE.replace("'", "''") + "', country: DE}\n"
                + "product: {name: '" + HOSTILE.replace("'", "''") + "', kind: hardware_device, data_connection: true, core_functions: [sensor]}\n";
        var loaded = new ProfileReader(kb).read("hostile.yaml", yaml, false);
        return format.render(new Assessor(kb).assess(loaded, LocalDate.of(2028, 6, 1)));
    }

    @Test
    void shouldEscapeProfileTextInHtml() {
        String html = render(AssessmentFormat.HTML);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        assertThat(html).contains("Content-Security-Policy").doesNotContain("<link").doesNotContain("src=\"http");
    }

    @Test
    void shouldEscapeProfileTextInMarkdown() {
        String md = render(AssessmentFormat.MARKDOWN);
        assertThat(md).contains("\\<script\\>").contains("\\[link\\](javascript:x)").contains("\\*bold\\*").doesNotContain("<script>");
    }

    @ParameterizedTest(name = "markdown escape of {0}")
    @CsvSource(delimiter = ';', value = {"a_b;a_b", "_a_;\\_a\\_", "x|y;x\\|y", "<b>;\\<b\\>", "`c`;\\`c\\`"})
    void shouldEscapeMarkdownSyntax(String in, String out) {
        assertThat(MarkdownRenderer.escape(in)).isEqualTo(out);
    }
}
