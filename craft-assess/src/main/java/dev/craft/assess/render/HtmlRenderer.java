package dev.craft.assess.render;

import java.util.List;

/**
 * A self-contained HTML page (inline CSS, no scripts, no external resources). Every piece of text is escaped, so
 * that a product name such as {@code <script>} in a profile stays text.
 */
final class HtmlRenderer {

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
            h1{font-size:1.6rem;border-bottom:2px solid #1b1f24}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccd}
            h3{font-size:1.1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
            ul.items>li{margin-bottom:.6rem}ul.items ul{color:#424a53;font-size:.93em}
            table{border-collapse:collapse;width:100%;font-size:.93em}th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f4f6}
            """;

    private HtmlRenderer() {}

    static String render(List<Doc> doc, String title) {
        var sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        for (Doc d : doc) {
            switch (d) {
                case Doc.Heading h -> sb.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
                case Doc.Paragraph p -> sb.append("<p>").append(escape(p.text())).append("</p>\n");
                case Doc.Fields f -> {
                    sb.append("<dl>\n");
                    for (Doc.Field field : f.fields()) {
                        sb.append("<dt>").append(escape(field.label())).append("</dt><dd>").append(escape(field.value())).append("</dd>\n");
                    }
                    sb.append("</dl>\n");
                }
                case Doc.Items items -> {
                    sb.append("<ul class=\"items\">\n");
                    for (Doc.Item item : items.items()) {
                        sb.append("<li><strong>").append(escape(item.title())).append("</strong>");
                        if (item.lines().stream().anyMatch(l -> !l.isEmpty())) {
                            sb.append("\n<ul>\n");
                            for (String line : item.lines()) if (!line.isEmpty()) sb.append("<li>").append(escape(line)).append("</li>\n");
                            sb.append("</ul>\n");
                        }
                        sb.append("</li>\n");
                    }
                    sb.append("</ul>\n");
                }
                case Doc.Table t -> {
                    sb.append("<table>\n<thead><tr>");
                    for (String h : t.header()) sb.append("<th>").append(escape(h)).append("</th>");
                    sb.append("</tr></thead>\n<tbody>\n");
                    for (List<String> row : t.rows()) {
                        sb.append("<tr>");
                        for (String c : row) sb.append("<td>").append(escape(c)).append("</td>");
                        sb.append("</tr>\n");
                    }
                    sb.append("</tbody>\n</table>\n");
                }
            }
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    static String escape(String s) {
        var sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
