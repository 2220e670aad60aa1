package dev.craft.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void shouldTransliterateWhatThePdfBaseFontsCannotDraw() {
        assertThat(Html.printable("Łódź: ≤ 24 h → Ústí, Gdańsk, Győr, Zürich, €5, café")).isEqualTo(
                "Lódz: <= 24 h -> Ústí, Gdansk, Gyor, Zürich, €5, café");
        assertThat(Html.printable("漢字")).isEqualTo("??");
    }

    @Test
    void shouldEscapeMarkup() {
        assertThat(Html.esc("<script>&\"")).isEqualTo("&lt;script&gt;&amp;&quot;");
    }
}
