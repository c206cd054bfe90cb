package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;

/**
 * The body limit on its own, with bodies that are generated as they are read: a body over the limit is refused after
 * at most one byte past the limit was taken from the client, never after the whole body.
 */
class VerzoekgrootteFilterTest {

    final VerzoekgrootteFilter filter = new VerzoekgrootteFilter();

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeAByteIsRead() throws Exception {
        Lichaam lichaam = new Lichaam(VerzoekgrootteFilter.MAXIMUM + 1);
        Verzoek verzoek =
                new Verzoek("/api/v1/berichten", "application/xml", VerzoekgrootteFilter.MAXIMUM + 1, lichaam);
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        AtomicBoolean doorgelaten = new AtomicBoolean();

        filter.doFilter(verzoek, antwoord, (req, res) -> doorgelaten.set(true));

        assertThat(doorgelaten).isFalse();
        assertThat(lichaam.gelezen).isZero();
        assertThat(antwoord.getStatus()).isEqualTo(413);
        assertThat(antwoord.getContentType()).startsWith("application/problem+json");
        assertThat(antwoord.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":413", "groter dan 25 MB", "niet in behandeling genomen");
        assertThat(antwoord.getHeader("Connection")).isEqualTo("close");
    }

    @Test
    void aPageUploadAnnouncedOverTheLimitGetsTheErrorPage() throws Exception {
        long grens = VerzoekgrootteFilter.MAXIMUM + VerzoekgrootteFilter.FORMULIERMARGE;
        Lichaam lichaam = new Lichaam(grens + 1);
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        AtomicBoolean doorgelaten = new AtomicBoolean();

        filter.doFilter(
                new Verzoek("/berichten", "multipart/form-data; boundary=x", grens + 1, lichaam),
                antwoord,
                (req, res) -> doorgelaten.set(true));

        assertThat(doorgelaten).isFalse();
        assertThat(lichaam.gelezen).isZero();
        assertThat(antwoord.getStatus()).isEqualTo(413);
        assertThat(antwoord.getErrorMessage()).contains("groter dan 25 MB");
    }

    @Test
    void aChunkedBodyOverTheLimitStopsOneBytePastIt() throws Exception {
        // Twice the limit, generated as it is read: the server never sees more than the limit plus one byte.
        Lichaam lichaam = new Lichaam(2 * VerzoekgrootteFilter.MAXIMUM);
        Verzoek verzoek = new Verzoek("/api/v1/wachttijden/import", "text/csv", -1, lichaam);

        VerzoekgrootteFilter.TeGroot fout = catchThrowableOfType(
                VerzoekgrootteFilter.TeGroot.class,
                () -> filter.doFilter(
                        verzoek,
                        new MockHttpServletResponse(),
                        (req, res) -> StreamUtils.copyToByteArray(req.getInputStream())));

        assertThat(fout).isNotNull();
        assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(fout.getBody().getDetail()).contains("groter dan 25 MB");
        assertThat(lichaam.gelezen).isEqualTo(VerzoekgrootteFilter.MAXIMUM + 1);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        Lichaam lichaam = new Lichaam(VerzoekgrootteFilter.MAXIMUM);
        long[] ontvangen = new long[1];

        filter.doFilter(
                new Verzoek("/api/v1/berichten", "application/xml", -1, lichaam),
                new MockHttpServletResponse(),
                (req, res) -> ontvangen[0] = StreamUtils.copyToByteArray(req.getInputStream()).length);

        assertThat(ontvangen[0]).isEqualTo(VerzoekgrootteFilter.MAXIMUM);
    }

    @Test
    void aReaderStopsAtTheLimitToo() throws Exception {
        Lichaam lichaam = new Lichaam(VerzoekgrootteFilter.MAXIMUM + 10);
        Verzoek verzoek = new Verzoek("/inkoop/producten/import", "application/json", -1, lichaam);

        assertThat(catchThrowableOfType(
                        VerzoekgrootteFilter.TeGroot.class,
                        () -> filter.doFilter(verzoek, new MockHttpServletResponse(), (req, res) -> {
                            char[] buffer = new char[8192];
                            while (req.getReader().read(buffer) >= 0) {
                                // read on
                            }
                        })))
                .isNotNull();
        assertThat(lichaam.gelezen).isLessThanOrEqualTo(VerzoekgrootteFilter.MAXIMUM + 1);
    }

    /** A POST whose body comes from {@code lichaam}, with the given Content-Length or none (-1, chunked). */
    static final class Verzoek extends MockHttpServletRequest {
        private final long lengte;
        private final Lichaam lichaam;

        Verzoek(String pad, String type, long lengte, Lichaam lichaam) {
            super("POST", pad);
            setContentType(type);
            this.lengte = lengte;
            this.lichaam = lichaam;
        }

        @Override
        public long getContentLengthLong() {
            return lengte;
        }

        @Override
        public int getContentLength() {
            return lengte > Integer.MAX_VALUE ? -1 : (int) lengte;
        }

        @Override
        public ServletInputStream getInputStream() {
            return lichaam;
        }
    }

    /** {@code grootte} bytes of 'x', made as they are read, counting how many were read. */
    static final class Lichaam extends ServletInputStream {
        private final long grootte;
        long gelezen;

        Lichaam(long grootte) {
            this.grootte = grootte;
        }

        @Override
        public int read() {
            if (gelezen >= grootte) {
                return -1;
            }
            gelezen++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int vanaf, int lengte) {
            if (gelezen >= grootte) {
                return -1;
            }
            int n = (int) Math.min(lengte, grootte - gelezen);
            java.util.Arrays.fill(buffer, vanaf, vanaf + n, (byte) 'x');
            gelezen += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return gelezen >= grootte;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {}
    }
}
