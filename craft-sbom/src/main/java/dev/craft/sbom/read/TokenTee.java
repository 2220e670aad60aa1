package dev.craft.sbom.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that hands every token it reads to a {@link FastCheck} as well, so that one pass over the input
 * both maps an element and validates it. Every way of advancing goes through {@link #nextToken()}, so no
 * token can bypass the check (Jackson's deserializers call {@code nextFieldName()} and friends).
 */
public final class TokenTee extends JsonParserDelegate {

    private FastCheck check;

    public TokenTee(JsonParser delegate) {
        super(delegate);
    }

    /** Starts checking with the current token (the first of the value); null stops checking. */
    public void check(FastCheck c) throws IOException {
        this.check = c;
        if (c != null) c.feed(delegate.currentToken(), delegate);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (check != null && t != null && !check.isDone()) check.feed(t, delegate);
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? delegate.currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(delegate.currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? delegate.getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? delegate.getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = delegate.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) return this;
        int depth = 1;
        while (depth > 0) {
            JsonToken n = nextToken();
            if (n == null) return this;
            if (n.isStructStart()) depth++;
            else if (n.isStructEnd()) depth--;
        }
        return this;
    }
}
