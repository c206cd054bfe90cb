package nl.jeugdregie.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem as JSON where no message converter does: for a client that asked for HTML on an API path, and from
 * filters that answer before Spring MVC. Its extra members (such as {@code invalidParams}) are written too.
 */
record ProblemView(ProblemDetail problem) implements View {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String getContentType() {
        return Api.PROBLEM_JSON;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Map<String, Object> inhoud = new LinkedHashMap<>();
        inhoud.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        inhoud.put("title", problem.getTitle());
        inhoud.put("status", problem.getStatus());
        inhoud.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            inhoud.putAll(problem.getProperties());
        }
        response.setContentType(Api.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(inhoud));
    }
}
