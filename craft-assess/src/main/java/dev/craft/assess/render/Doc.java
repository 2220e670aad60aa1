package dev.craft.assess.render;

import java.util.List;

/**
 * A small document model of the assessment memo, rendered as text, Markdown or HTML. Building the content once
 * keeps the three formats saying the same thing; each renderer only decides the layout and the escaping.
 */
sealed interface Doc {

    record Heading(int level, String text) implements Doc {}

    record Paragraph(String text) implements Doc {}

    /** Label/value lines, e.g. the verdicts block. */
    record Fields(List<Field> fields) implements Doc {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {}

    /** A list of entries, each a title with detail lines. */
    record Items(List<Item> items) implements Doc {
        public Items {
            items = List.copyOf(items);
        }
    }

    record Item(String title, List<String> lines) {
        public Item {
            lines = List.copyOf(lines);
        }
    }

    record Table(List<String> header, List<List<String>> rows) implements Doc {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
