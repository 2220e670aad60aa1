package dev.craft.kb;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A reference to the law or to official material, in craft's citation style (docs/knowledge-base.md):
 * {@code Art 13(8) 3rd subpara}, {@code Art 2(2)(a)}, {@code Art 14(7)(a)}, {@code Annex III Class I #17},
 * {@code Annex IV #2}, {@code Annex VIII Part II pt 10}, {@code AI-P1(2)(c)}, {@code AI-P2(1)}, {@code Rec 15},
 * {@code Rec 39 to 42}, {@code Guidance pts 20, 21}, {@code Guidance pt 210}, {@code FAQ 1.5},
 * {@code DR 2025/1535}, {@code IR 2025/2392}. Anything else is refused at load, so that a typo in a
 * citation cannot reach a user.
 */
public record Citation(@JsonValue String text) {

    private static final String ORD = "(?:1st|2nd|3rd|4th|5th|6th)";
    private static final Pattern GRAMMAR = Pattern.compile(String.join("|",
            "Art \\d{1,2}(?:\\(\\d{1,2}\\))?(?:\\([a-z]\\))?(?:\\([ivx]+\\))?(?: " + ORD + " subpara)?",
            "Annex III Class (?:I|II) #\\d{1,2}",
            "Annex IV #\\d",
            "Annex (?:I|II|III|IV|V|VI|VII|VIII)(?: Part (?:I|II|III|IV))?(?: pt \\d{1,2}(?:\\.\\d)?(?:\\([a-z]\\))?)?",
            "AI-P1\\(\\d{1,2}\\)(?:\\([a-m]\\))?",
            "AI-P2\\([1-8]\\)",
            "Rec \\d{1,3}(?: to \\d{1,3})?",
            "Guidance (?:pt \\d{1,3}|pts \\d{1,3}(?:, \\d{1,3})*(?: to \\d{1,3})?|Example \\d{1,2}|section \\d{1,2}(?:\\.\\d{1,2})*)",
            "FAQ \\d{1,2}(?:\\.\\d{1,2}){0,3}",
            "(?:DR|IR) 20\\d\\d/\\d{1,4}"));

    public Citation {
        requireNonNull(text, "text must not be null");
        if (!GRAMMAR.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a citation in craft's style (e.g. Art 13(8) 3rd subpara, "
                    + "Annex III Class I #17, AI-P2(1), Rec 15, Guidance pt 23)");
        }
    }

    public static boolean isValid(String text) {
        return GRAMMAR.matcher(text).matches();
    }

    /** The article number for {@code Art N...} citations, else -1 (used for coverage counts). */
    public int article() {
        if (!text.startsWith("Art ")) return -1;
        int end = 4;
        while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
        return Integer.parseInt(text.substring(4, end));
    }

    @Override
    public String toString() {
        return text;
    }
}
