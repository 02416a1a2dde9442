package dev.atelier.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rules every service keeps, checked on its compiled main classes (ArchUnit): time comes from the
 * injected shop clock, new ids from {@code Ids.newId()} (time-ordered), nothing blocks a reactive
 * pipeline, the domain knows no framework (Spring, Reactor, R2DBC), web or storage, no service uses
 * another's classes, the web layer and storage never reach into each other, controllers are called
 * {@code *Controller} and {@code *Repository} classes live in {@code persistence}. And one on its
 * configuration: it uses no key Spring Boot has stopped reading. A service's test implements this
 * with its base package, and names (with the reason in a comment) any class allowed to block.
 */
public interface ArchitectureContract {

    /** Every Atelier application's base package. */
    Set<String> SERVICE_PACKAGES = Set.of("dev.atelier.customer", "dev.atelier.order", "dev.atelier.inventory",
            "dev.atelier.media", "dev.atelier.notification", "dev.atelier.gateway", "dev.atelier.discovery");

    /** The service's own settings and the platform's defaults, as the service reads them from its class path. */
    List<String> CONFIGURATION_FILES = List.of("application.yml", "atelier-defaults.yml");

    /** The service's base package, e.g. {@code dev.atelier.order}. */
    String basePackage();

    /** Fully qualified names of classes that may block (at start-up, say, never on an event loop). */
    default Set<String> allowedToBlock() {
        return Set.of();
    }

    private JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage());
    }

    @Test
    default void time_comes_from_the_injected_clock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("the shop's Clock bean has the shop's zone, ticks in PostgreSQL's microseconds and can be fixed in tests")
                .check(mainClasses());
    }

    @Test
    default void new_ids_are_time_ordered() {
        noClasses().should().callMethod(UUID.class, "randomUUID")
                .because("Ids.newId() makes ids that sort by creation, so a new row's key goes to the end of its index; "
                        + "a random one lands on any page, which is read and written back once the index outgrows the cache")
                .check(mainClasses());
    }

    @Test
    default void nothing_blocks_a_reactive_pipeline() {
        DescribedPredicate<JavaClass> allowed = DescribedPredicate.describe("allowed to block",
                type -> allowedToBlock().contains(type.getName()));
        noClasses().that(DescribedPredicate.not(allowed))
                .should().callMethod(Mono.class, "block")
                .orShould().callMethod(Mono.class, "block", java.time.Duration.class)
                .orShould().callMethod(Mono.class, "blockOptional")
                .orShould().callMethod(Flux.class, "blockFirst")
                .orShould().callMethod(Flux.class, "blockLast")
                .orShould().callMethod(Flux.class, "toIterable")
                .orShould().callMethod(Flux.class, "toStream")
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", java.time.Duration.class)
                .because("a blocked event-loop thread stalls every request it serves")
                .check(mainClasses());
    }

    @Test
    default void the_domain_knows_no_framework_web_or_storage() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..api..", "..persistence..",
                        "reactor..", "io.r2dbc..", "dev.atelier.platform.web..")
                .allowEmptyShould(true)
                .because("the rules of the business are plain Java, readable and testable without a server or a database")
                .check(mainClasses());
    }

    @Test
    default void no_service_reaches_into_another() {
        String[] others = SERVICE_PACKAGES.stream().filter(other -> !other.equals(basePackage()))
                .map(other -> other + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk over HTTP and Kafka; what two need in common belongs in the platform")
                .check(mainClasses());
    }

    @Test
    default void storage_never_reaches_into_the_web_layer() {
        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .allowEmptyShould(true)
                .because("the web layer uses storage, not the other way round")
                .check(mainClasses());
    }

    @Test
    default void the_web_layer_never_imports_persistence() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .allowEmptyShould(true)
                .because("controllers talk to the use cases, which own the queries and the rows")
                .check(mainClasses());
    }

    @Test
    default void controllers_are_named_controller() {
        classes().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                .should().haveSimpleNameEndingWith("Controller")
                .allowEmptyShould(true)
                .because("a reader looks for a service's HTTP endpoints in its *Controller classes")
                .check(mainClasses());
    }

    @Test
    default void repositories_live_in_persistence() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().resideInAPackage("..persistence..")
                .allowEmptyShould(true)
                .because("storage has one home per feature, next to its rows")
                .check(mainClasses());
    }

    @Test
    default void its_configuration_uses_no_key_spring_boot_no_longer_reads() {
        assertThat(RemovedConfigurationKeys.keysOf(new ClassPathResource("application.yml"))).as("the service's application.yml")
            .isNotEmpty();
        assertThat(RemovedConfigurationKeys.usedIn(CONFIGURATION_FILES))
            .as("keys Boot's metadata marks removed: Boot ignores them, so the setting does nothing")
            .isEmpty();
    }
}
