package dev.craft.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of ADR 0002, checked on the compiled classes of every module. A rule that fails names
 * the offending class and dependency.
 */
class ArchitectureTest {

    private static final String[] CORE = {
        "dev.craft.common..", "dev.craft.kb..", "dev.craft.assess..", "dev.craft.sbom..", "dev.craft.vuln..", "dev.craft.report.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.craft");
    }

    @Test
    void coreModulesShouldUseNoFramework() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..", "javax.sql..",
                        "org.flywaydb..", "com.github.kagkarlsson..", "com.zaxxer..", "org.postgresql..", "picocli..")
                .because("the domain core is plain Java so that the CLI and the server share it (ADR 0002)")
                .check(classes);
    }

    @Test
    void coreModulesShouldNotKnowTheirCallers() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.craft.server..", "dev.craft.cli..")
                .because("the core is called by the CLI and the server, never the other way round")
                .check(classes);
    }

    @Test
    void theKnowledgeBaseShouldDependOnNoStage() {
        noClasses().that().resideInAPackage("dev.craft.kb..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.craft.assess..", "dev.craft.sbom..", "dev.craft.vuln..", "dev.craft.report..")
                .check(classes);
    }

    @Test
    void sbomShouldNotDependOnLaterStages() {
        noClasses().that().resideInAPackage("dev.craft.sbom..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.craft.vuln..", "dev.craft.report..", "dev.craft.assess..")
                .check(classes);
    }

    @Test
    void theServerShouldNotDependOnTheCli() {
        noClasses().that().resideInAPackage("dev.craft.server..")
                .should().dependOnClassesThat().resideInAPackage("dev.craft.cli..")
                .because("`craft serve` starts the server, not the other way round")
                .check(classes);
    }

    @Test
    void internalPackagesShouldOnlyBeUsedByTheirOwnFeature() {
        for (String feature : new String[] {"kb", "assess", "sbom", "vuln", "report", "server", "cli"}) {
            noClasses().that().resideOutsideOfPackage("dev.craft." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("dev.craft." + feature + "..internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
