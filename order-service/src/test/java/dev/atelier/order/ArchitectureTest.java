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

    /** The shared contract keeps Spring, api and persistence out of the domain; order-service's keeps these out too. */
    @Test
    void the_domain_needs_no_reactor_r2dbc_or_platform_web() {
        noClasses().that().resideInAPackage("dev.atelier.order..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("reactor..", "io.r2dbc..",
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
