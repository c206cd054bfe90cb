package nl.jeugdregie.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
            throws Exception {
        response.setContentType(Api.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + problem.getTitle() + "\",\"status\":"
                        + problem.getStatus() + ",\"detail\":\"" + problem.getDetail() + "\"}");
    }
}
