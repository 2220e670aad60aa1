package dev.craft.report.render;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Builds the small XHTML documents craft turns into PDF. Escapes every text; restricts text to what the PDF base
 * fonts can show (WinAnsi), transliterating the rest, because craft embeds no font (see ADR 0052).
 */
final class Html {

    static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 18mm 16mm;
                    @bottom-right { content: "page " counter(page) " of " counter(pages); font-size: 8pt; } }
            body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.35; }
            h1 { font-size: 15pt; margin: 0 0 6pt 0; }
            h2 { font-size: 12pt; margin: 12pt 0 4pt 0; border-bottom: 0.5pt solid #777; }
            h3 { font-size: 10.5pt; margin: 10pt 0 2pt 0; }
            table.meta { border-collapse: collapse; width: 100%; }
            table.meta td { border: 0.5pt solid #aaa; padding: 2pt 4pt; vertical-align: top; }
            table.meta td.k { width: 25%; font-weight: bold; }
            pre { font-family: monospace; font-size: 8.5pt; white-space: pre-wrap; background: #f2f2f2;
                  border: 0.5pt solid #ccc; padding: 4pt; margin: 3pt 0; }
            .meta-line { color: #444; font-size: 8.5pt; }
            .todo { color: #8a1c00; }
            """;

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private final StringBuilder sb = new StringBuilder();

    Html(String title) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>")
                .append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html el(String tag, String text) {
        return el(tag, null, text);
    }

    Html el(String tag, String cssClass, String text) {
        sb.append('<').append(tag);
        if (cssClass != null) sb.append(" class=\"").append(cssClass).append('"');
        sb.append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    Html metaTable(String[][] rows) {
        sb.append("<table class=\"meta\">");
        for (String[] r : rows) {
            if (r[1] == null) continue;
            sb.append("<tr><td class=\"k\">").append(esc(r[0])).append("</td><td>").append(esc(r[1])).append("</td></tr>");
        }
        sb.append("</table>");
        return this;
    }

    String finish() {
        return sb.append("</body></html>").toString();
    }

    /** XML-escaped, and limited to characters the PDF base fonts can draw. */
    static String esc(String s) {
        String t = printable(s);
        var out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /**
     * Maps text to WinAnsi: keeps what it can encode, strips accents from the rest (ł and ő become l and o),
     * spells out a few symbols and replaces anything else with '?'. The JSON and Markdown keep the exact text.
     */
    static String printable(String s) {
        if (s == null) return "";
        CharsetEncoder enc = WIN_ANSI.newEncoder();
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (cp == '\n' || cp == '\t' || (cp >= 0x20 && enc.canEncode(c))) {
                out.append(c);
                return;
            }
            String mapped = switch (cp) {
                case 0x2264 -> "<=";
                case 0x2265 -> ">=";
                case 0x2192 -> "->";
                case 0x2190 -> "<-";
                case 0x0141 -> "L";
                case 0x0142 -> "l";
                case 0x0110 -> "D";
                case 0x0111 -> "d";
                default -> {
                    String base = Normalizer.normalize(c, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                    yield !base.isEmpty() && enc.canEncode(base) ? base : "?";
                }
            };
            out.append(mapped);
        });
        return out.toString();
    }
}
