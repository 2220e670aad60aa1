package dev.craft.server.sbom;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an upload's body with a hard size limit: a declared Content-Length over the limit is refused
 * before a byte is read; a body without one (chunked) is cut off at limit + 1 bytes. Either way the
 * answer is 413, and memory use stays bounded by the limit.
 */
public final class BoundedBody {

    private BoundedBody() {}

    public static byte[] read(HttpServletRequest request, long maxBytes, String what) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(what, declared, maxBytes);
        try (InputStream in = request.getInputStream()) {
            var out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) throw tooLarge(what, total, maxBytes);
                out.write(buffer, 0, n);
            }
            if (total == 0) throw new ApiException(ProblemType.INVALID_REQUEST, "the request has no body: send the " + what + " as the body");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the " + what + " failed: " + e.getMessage(), e);
        }
    }

    private static ApiException tooLarge(String what, long size, long max) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "the " + what + " is larger than the limit of " + max
                + " bytes (craft.upload.max-bytes)" + (size > 0 ? "; it has at least " + size + " bytes" : ""));
    }
}
