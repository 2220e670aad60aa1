package dev.craft.server.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.craft.fixtures.unguarded.UnguardedController;
import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Every endpoint declares what it requires: a rule over the compiled classes (this test), the same
 * rule over the running server's registered endpoints (AccessControlMatrixTest), and a run-time check
 * that refuses an endpoint that declares nothing (fails closed).
 */
class EndpointPermissionTest {

    static final ArchRule EVERY_ENDPOINT_DECLARES_A_PERMISSION = methods()
            .that().areAnnotatedWith(GetMapping.class).or().areAnnotatedWith(PostMapping.class)
            .or().areAnnotatedWith(PutMapping.class).or().areAnnotatedWith(PatchMapping.class)
            .or().areAnnotatedWith(DeleteMapping.class).or().areAnnotatedWith(RequestMapping.class)
            .should().beAnnotatedWith(RequiresPermission.class).orShould().beAnnotatedWith(PublicEndpoint.class)
            .because("an endpoint without a declared permission is an access-control hole (docs/server.md, Roles)");

    @Test
    void shouldFindAPermissionOnEveryEndpointOfTheServer() {
        JavaClasses server = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.craft.server");
        EVERY_ENDPOINT_DECLARES_A_PERMISSION.check(server);
    }

    @Test
    void shouldFailTheBuildWhenAnEndpointDeclaresNoPermission() {
        JavaClasses fixture = new ClassFileImporter().importClasses(UnguardedController.class);
        assertThatThrownBy(() -> EVERY_ENDPOINT_DECLARES_A_PERMISSION.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UnguardedController.forgotten()");
    }

    @Test
    void shouldRefuseAtRunTimeAnEndpointThatDeclaresNoPermission() throws Exception {
        var interceptor = new EndpointAuthorization(null);
        var handler = new HandlerMethod(new UnguardedController(), UnguardedController.class.getDeclaredMethod("forgotten"));
        assertThatThrownBy(() -> interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
    }
}
