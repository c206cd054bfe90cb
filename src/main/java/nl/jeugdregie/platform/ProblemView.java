package nl.jeugdregie.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;

/** Writes a problem as JSON when the client asked for HTML on an API path. */
record ProblemView(ProblemDetail problem) implements View {

    @Override
    public String getContentType() {
        return Api.PROBLEM_JSON;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(Api.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + json(problem.getTitle()) + "\",\"status\":"
                        + problem.getStatus() + ",\"detail\":\"" + json(problem.getDetail()) + "\"}");
    }

    static String json(String tekst) {
        return tekst == null ? "" : tekst.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
