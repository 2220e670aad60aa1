package dev.craft.vuln.range;

/** A vers comparator. {@link #ANY} ({@code *}) matches every version and stands alone. */
public enum Operator {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), ANY("*");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a version that compares to the constraint's version as {@code cmp} (negative, zero, positive) satisfies it. */
    public boolean accepts(int cmp) {
        return switch (this) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case ANY -> true;
        };
    }

    public boolean isLowerBound() {
        return this == GT || this == GE;
    }

    public boolean isUpperBound() {
        return this == LT || this == LE;
    }

    /** Reads {@code =}, {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code *}. */
    public static Operator ofSymbol(String symbol) {
        return switch (symbol) {
            case "=", "==" -> EQ;
            case "!=" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            case "*" -> ANY;
            default -> throw new IllegalArgumentException("unknown comparator '" + symbol + "'");
        };
    }
}
