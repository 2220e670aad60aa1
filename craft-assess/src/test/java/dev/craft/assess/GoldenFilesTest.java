package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldenFilesTest {

    @Test
    void shouldShowAChangedLineAsAUnifiedDiffWithContext() {
        String expected = "a\nb\nc\nd\ne\nf\ng\n";
        String actual = "a\nb\nc\nD\ne\nf\ng\n";
        String diff = GoldenFiles.unifiedDiff(expected, actual, "golden", "actual");
        assertThat(diff).startsWith("--- golden\n+++ actual\n@@ -1,7 +1,7 @@\n").contains("\n-d\n+D\n").contains(" c\n").contains(" e\n");
    }

    @Test
    void shouldShowAddedAndRemovedLines() {
        String diff = GoldenFiles.unifiedDiff("x\ny\n", "x\nz\ny\n", "a", "b");
        assertThat(diff).contains("+z").doesNotContain("-x").doesNotContain("-y");
    }
}
