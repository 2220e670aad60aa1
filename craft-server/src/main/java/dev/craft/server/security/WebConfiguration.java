package dev.craft.server.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the per-endpoint authorization and lets controllers take the checked {@link Tenant} as a parameter. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final Accounts accounts;

    WebConfiguration(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EndpointAuthorization(accounts)).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Tenant.class || parameter.getParameterType() == Caller.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                    WebDataBinderFactory binders) {
                if (parameter.getParameterType() == Caller.class) {
                    return Callers.current().orElseThrow(() -> new IllegalStateException("no caller on an authenticated endpoint"));
                }
                Object tenant = request.getAttribute(EndpointAuthorization.TENANT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (tenant == null) throw new IllegalStateException("a Tenant parameter on an endpoint without an organisation permission");
                return tenant;
            }
        });
    }
}
