package dev.atelier.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.atelier.platform.test.ArchitectureContract;
import org.junit.jupiter.api.Test;

class ArchitectureTest implements ArchitectureContract {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.atelier.order");

    @Override
    public String basePackage() {
        return "dev.atelier.order";
    }

    @Test
    void the_domain_is_plain_java_without_spring_web_or_storage() {
        noClasses().that().resideInAPackage("dev.atelier.order..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "io.r2dbc..", "dev.atelier.order..api..", "dev.atelier.order..persistence..",
                        "dev.atelier.platform.web..")
                .because("the aggregate's rules are unit-tested without Spring and read without its plumbing")
                .check(MAIN);
    }

    @Test
    void the_web_layer_never_reaches_into_storage() {
        noClasses().that().resideInAPackage("dev.atelier.order..api..")
                .should().dependOnClassesThat().resideInAPackage("dev.atelier.order..persistence..")
                .because("controllers talk to the use cases, which own the queries")
                .check(MAIN);
    }
}
