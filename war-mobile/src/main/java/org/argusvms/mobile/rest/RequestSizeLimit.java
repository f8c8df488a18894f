package org.argusvms.mobile.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.argusvms.management.application.MapImage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies larger than {@value #MAX_BODY_BYTES} bytes with 413, whether or not they declare a length:
 * configuration objects are small, and an attacker's body must not be buffered. Floor plan pictures
 * ({@link MapResource#isImageUpload}) may have up to 5 MB.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = MapResource.isImageUpload(request) ? MapImage.MAX_BYTES : MAX_BODY_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    static Response tooLarge(long limit) {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Request body too large",
                "request bodies are limited to " + limit + " bytes");
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            remaining -= n;
            if (remaining < 0) {
                throw new WebApplicationException(tooLarge(limit));
            }
        }
    }
}
