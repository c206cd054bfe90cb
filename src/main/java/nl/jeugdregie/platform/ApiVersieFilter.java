package nl.jeugdregie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets {@code API-Version} on every response, before anything else can answer, and lets every origin
 * read the public OpenAPI document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(Api.VERSIE_HEADER, Api.VERSIE);
        if ((Api.BASIS + "/openapi.json").equals(request.getRequestURI())) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        chain.doFilter(request, response);
    }
}
