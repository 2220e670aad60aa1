package dev.craft.assess.render;

import java.util.List;

/** GitHub-flavoured Markdown; text from profiles is escaped so that it cannot add markup. */
final class MarkdownRenderer {

    private MarkdownRenderer() {}

    static String render(List<Doc> doc) {
        var sb = new StringBuilder();
        for (Doc d : doc) {
            switch (d) {
                case Doc.Heading h -> sb.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
                case Doc.Paragraph p -> sb.append(escape(p.text())).append("\n\n");
                case Doc.Fields f -> {
                    for (Doc.Field field : f.fields()) sb.append("- **").append(escape(field.label())).append(":** ").append(escape(field.value())).append('\n');
                    sb.append('\n');
                }
                case Doc.Items items -> {
                    for (Doc.Item item : items.items()) {
                        sb.append("- **").append(escape(item.title())).append("**\n");
                        for (String line : item.lines()) if (!line.isEmpty()) sb.append("  - ").append(escape(line)).append('\n');
                    }
                    sb.append('\n');
                }
                case Doc.Table t -> {
                    sb.append('|');
                    for (String h : t.header()) sb.append(' ').append(cell(h)).append(" |");
                    sb.append("\n|");
                    for (int i = 0; i < t.header().size(); i++) sb.append(" --- |");
                    sb.append('\n');
                    for (List<String> row : t.rows()) {
                        sb.append('|');
                        for (String c : row) sb.append(' ').append(cell(c)).append(" |");
                        sb.append('\n');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** Backslash-escapes every character with a meaning in Markdown or inline HTML. */
    static String escape(String s) {
        var sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                // An underscore between letters or digits never starts emphasis (CommonMark), so ids stay readable.
                case '_' -> {
                    boolean inWord = i > 0 && i < s.length() - 1 && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
                    if (!inWord) sb.append('\\');
                    sb.append(c);
                }
                case '\\', '`', '*', '{', '}', '[', ']', '<', '>', '#', '|', '!', '~' -> sb.append('\\').append(c);
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return escape(s);
    }
}
