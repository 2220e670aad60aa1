package dev.craft.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {

    @ParameterizedTest(name = "valid: {0}")
    @ValueSource(strings = {"Art 13(8) 3rd subpara", "Art 32(5)", "Art 2(2)(a)", "Art 14(7)(a)", "Art 64(10)(b)", "Art 24", "Annex III Class I #17",
        "Annex III Class II #2", "Annex IV #3", "AI-P2(1)", "AI-P1(2)(c)", "Rec 15", "Rec 39 to 42", "Guidance pt 23", "Guidance pts 20, 21",
        "Guidance pts 241 to 246", "FAQ 1.5", "DR 2025/1535", "IR 2025/2392", "Annex VIII Part II pt 10", "Annex VII pt 2(b)"})
    void shouldAcceptCraftsCitationStyle(String text) {
        assertThat(Citation.isValid(text)).isTrue();
    }

    @ParameterizedTest(name = "invalid: {0}")
    @ValueSource(strings = {"Article 13", "Art. 13", "art 13", "Art 13 (8)", "Annex III #17", "Annex III Class III #1", "AI-P3(1)", "Recital 15",
        "Art 13(8) third subpara", "Regulation 2024/2847", "", "Art 13(8)(a)(b)(c)"})
    void shouldRefuseOtherCitationStyles(String text) {
        assertThat(Citation.isValid(text)).isFalse();
        assertThatThrownBy(() -> new Citation(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCiteEveryRuleOfTheKnowledgeBase() {
        KnowledgeBase kb = KnowledgeBaseLoader.standard();
        List<List<Citation>> all = new ArrayList<>();
        kb.gates().forEach(g -> all.add(g.cite()));
        kb.exclusions().forEach(e -> all.add(e.cite()));
        kb.roleRules().forEach(r -> all.add(r.cite()));
        kb.routeRules().forEach(r -> all.add(r.cite()));
        kb.obligations().forEach(o -> all.add(o.cite()));
        kb.unsettled().forEach(u -> all.add(u.cite()));
        kb.findings().forEach(f -> all.add(f.cite()));
        assertThat(all).allSatisfy(c -> assertThat(c).isNotEmpty());
    }
}
