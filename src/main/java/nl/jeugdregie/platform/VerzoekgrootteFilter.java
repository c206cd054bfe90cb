package nl.jeugdregie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request makes the server hold more than {@link #MAXIMUM} bytes of body. A request that announces a larger body
 * (Content-Length) is refused with 413 before a byte of it is read; a body without a length (chunked) is read through
 * a stream that stops at the limit, so whatever reads it (a message, an import, a form upload) gets {@link TeGroot},
 * a 413, instead of more bytes. The API answers with problem+json, a page with the Dutch error page.
 *
 * <p>The limit is that of the largest file the platform takes: an iJw message (OP179: 25 MB) or an import of the
 * wachttijden or the product list. A form upload ({@code multipart/form-data}) may carry {@link #FORMULIERMARGE} more
 * for its boundaries and fields; the file inside it is held to 25 MB by the module that reads it. The container parses
 * form uploads itself, so for a form upload without a length its own limit ({@code
 * spring.servlet.multipart.max-request-size}, set to the same figure) stops the stream, writing parts to disk.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class VerzoekgrootteFilter extends OncePerRequestFilter {

    /** The largest body of any request: 25 MB, the limit of an iJw message (OP179) and of every import. */
    static final long MAXIMUM = 25L * 1024 * 1024;

    /** What a form upload may carry on top of its file: boundaries, headers and the other fields. */
    static final long FORMULIERMARGE = 1024L * 1024;

    static final String UITLEG =
            "Het verzoek is groter dan 25 MB en is niet in behandeling genomen. Een bericht of bestand is hoogstens"
                    + " 25 MB.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long grens = grens(request);
        long lengte = request.getContentLengthLong();
        if (lengte > grens) {
            weiger(request, response);
            return;
        }
        chain.doFilter(lengte == 0 ? request : new Begrensd(request, grens), response);
    }

    static long grens(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                ? MAXIMUM + FORMULIERMARGE
                : MAXIMUM;
    }

    /** 413 without reading the body; the connection closes, so the rest of the body is never taken in either. */
    private static void weiger(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        if (request.getRequestURI().startsWith(Api.BASIS)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            new ProblemView(probleem()).render(Map.of(), request, response);
        } else {
            request.setAttribute(FoutController.UITLEG, UITLEG);
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), UITLEG);
        }
    }

    static ProblemDetail probleem() {
        return ApiFoutafhandeling.probleem(HttpStatus.CONTENT_TOO_LARGE, "Te groot", UITLEG);
    }

    /**
     * Reading past the limit while a request is handled: a 413, as problem+json in the API ({@link
     * ApiFoutafhandeling} renders every {@link ErrorResponseException}) and as the error page elsewhere.
     */
    static final class TeGroot extends ErrorResponseException {
        TeGroot() {
            super(HttpStatus.CONTENT_TOO_LARGE, probleem(), null);
        }
    }

    /** The request with a body that can be read up to {@code grens} bytes and not one more. */
    static final class Begrensd extends HttpServletRequestWrapper {
        private final long grens;
        private ServletInputStream invoer;
        private BufferedReader lezer;

        Begrensd(HttpServletRequest request, long grens) {
            super(request);
            this.grens = grens;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (invoer == null) {
                invoer = new BegrensdeInvoer(super.getInputStream(), grens);
            }
            return invoer;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (lezer == null) {
                String tekenset = getCharacterEncoding();
                Charset charset = tekenset == null ? StandardCharsets.ISO_8859_1 : Charset.forName(tekenset);
                lezer = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return lezer;
        }
    }

    /** Counts what is read and asks the stream below for at most one byte past the limit. */
    static final class BegrensdeInvoer extends ServletInputStream {
        private final ServletInputStream bron;
        private final long grens;
        private long gelezen;

        BegrensdeInvoer(ServletInputStream bron, long grens) {
            this.bron = bron;
            this.grens = grens;
        }

        @Override
        public int read() throws IOException {
            vereisRuimte();
            int b = bron.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int vanaf, int lengte) throws IOException {
            if (lengte == 0) {
                return 0;
            }
            vereisRuimte();
            int n = bron.read(buffer, vanaf, (int) Math.min(lengte, grens - gelezen + 1));
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        private void vereisRuimte() {
            if (gelezen > grens) {
                throw new TeGroot();
            }
        }

        private void tel(int n) {
            gelezen += n;
            if (gelezen > grens) {
                throw new TeGroot();
            }
        }

        @Override
        public boolean isFinished() {
            return bron.isFinished();
        }

        @Override
        public boolean isReady() {
            return bron.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            bron.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            bron.close();
        }
    }
}
