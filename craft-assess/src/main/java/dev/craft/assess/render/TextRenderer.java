package dev.craft.assess.render;

import java.util.List;
import java.util.Locale;

/** Plain text, wrapped at 100 columns, for terminals and e-mail. */
final class TextRenderer {

    static final int WIDTH = 100;

    private TextRenderer() {}

    static String render(List<Doc> doc) {
        var sb = new StringBuilder();
        for (Doc d : doc) {
            switch (d) {
                case Doc.Heading h -> {
                    if (!sb.isEmpty()) sb.append('\n');
                    String text = h.level() <= 2 ? h.text().toUpperCase(Locale.ROOT) : h.text();
                    sb.append(text).append('\n');
                    if (h.level() <= 2) sb.append((h.level() == 1 ? "=" : "-").repeat(Math.min(text.length(), WIDTH))).append('\n');
                }
                case Doc.Paragraph p -> wrap(sb, p.text(), "", "");
                case Doc.Fields f -> {
                    int w = f.fields().stream().mapToInt(x -> x.label().length()).max().orElse(0) + 2;
                    for (Doc.Field field : f.fields()) {
                        String label = field.label() + ":";
                        wrap(sb, field.value(), label + " ".repeat(w - label.length()), " ".repeat(w));
                    }
                }
                case Doc.Items items -> {
                    for (Doc.Item item : items.items()) {
                        wrap(sb, item.title(), "- ", "  ");
                        for (String line : item.lines()) if (!line.isEmpty()) wrap(sb, line, "    ", "    ");
                    }
                }
                case Doc.Table t -> table(sb, t);
            }
        }
        return sb.toString();
    }

    /** Rows as entries: the first two columns as the title, the others as labelled lines. */
    private static void table(StringBuilder sb, Doc.Table t) {
        for (List<String> r : t.rows()) {
            wrap(sb, r.get(0) + "  " + r.get(1), "- ", "  ");
            for (int i = 2; i < r.size(); i++) if (!r.get(i).isEmpty()) wrap(sb, t.header().get(i) + ": " + r.get(i), "    ", "    ");
        }
    }

    /** Word-wraps {@code text}: the first line after {@code first}, later lines after {@code rest}. */
    static void wrap(StringBuilder sb, String text, String first, String rest) {
        String prefix = first;
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                sb.append(prefix).append(line).append('\n');
                prefix = rest;
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        sb.append(prefix).append(line).append('\n');
    }
}
