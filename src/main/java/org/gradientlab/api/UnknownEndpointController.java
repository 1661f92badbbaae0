package org.gradientlab.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers every request under {@code /api/} that no endpoint takes, in the error shape: 405 with {@code Allow}
 * when the path exists with other methods, else 404. Without it such requests would reach the site's HTML pages.
 */
@RestController
class UnknownEndpointController {

    private final RequestMappingHandlerMapping mappings;

    UnknownEndpointController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> unknown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Set<String> allowed = allowedMethods(path);
        if (allowed.isEmpty()) {
            return ApiErrorHandler.answer(
                    HttpStatus.NOT_FOUND,
                    ApiError.of("There is no API endpoint " + path + "; the endpoints are listed in "
                            + OpenApiController.PATH + "."));
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("The method " + request.getMethod() + " is not allowed on " + path + "; use "
                        + String.join(" or ", allowed) + "."));
    }

    private Set<String> allowedMethods(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<String> methods = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (handler.getBeanType() == UnknownEndpointController.class || info.getPathPatternsCondition() == null) {
                return;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(container)) {
                    info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                }
            }
        });
        return methods;
    }
}
