package nl.jeugdregie;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The endpoints of the application itself, for tests that walk every one of them. */
final class Handlermappings {

    private Handlermappings() {}

    /** Every mapping, without the controllers that exist only in the tests (to probe scoping and refusals). */
    static Map<RequestMappingInfo, HandlerMethod> vanDeApplicatie(RequestMappingHandlerMapping mappings) {
        Map<RequestMappingInfo, HandlerMethod> eigen = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!alleenInTests(handler.getBeanType())) {
                eigen.put(info, handler);
            }
        });
        return eigen;
    }

    private static boolean alleenInTests(Class<?> controller) {
        return controller
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath()
                .contains("test-classes");
    }
}
