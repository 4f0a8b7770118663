package no.kommune.bta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import no.kommune.bta.common.db.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend's layout, checked on every build: resources call services, SQL lives in the query
 * classes, a feature's repositories are its own, and the feature packages form no cycle.
 */
class ArchitectureTests {
    static final String ROOT = "no.kommune.bta";
    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    static final DescribedPredicate<JavaClass> QUERY_CLASS = DescribedPredicate.describe("a query class (…Queries or common.db)",
            c -> c.getSimpleName().endsWith("Queries") || c.getPackageName().equals(ROOT + ".common.db")
                    || c.getEnclosingClass().map(e -> e.getSimpleName().endsWith("Queries")).orElse(false));

    /**
     * OWASP API7 (server-side request forgery): the backend opens no connection of its own making. Its only outbound
     * calls are the OIDC extension's to the configured Keycloak and JDBC; no class may reach for an HTTP client or a
     * URL connection, so no request input can become an outbound address.
     */
    @Test
    void no_class_opens_an_outbound_connection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "io.vertx.ext.web.client..",
                        "jakarta.ws.rs.client..", "org.eclipse.microprofile.rest.client..")
                .check(main);
    }

    @Test
    void resources_call_services_only() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Queries")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".common.db")
                .because("a resource takes DTOs in and out and leaves rules, transactions and data to the services")
                .check(main);
    }

    @Test
    void sql_text_only_in_query_classes() {
        noClasses().that(DescribedPredicate.not(QUERY_CLASS))
                .should().callMethod(EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
                .orShould().callMethod(EntityManager.class, "createQuery", String.class)
                .orShould().callMethod(EntityManager.class, "createQuery", String.class, Class.class)
                .orShould().callMethod(Sql.class, "of", EntityManager.class, String.class)
                .because("lists, reads across tables and reports live in the feature's query classes")
                .check(main);
    }

    @Test
    void services_hold_rules_not_data_access() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("services find and write aggregates through repositories and read through query classes")
                .check(main);
    }

    @Test
    void a_features_repositories_are_used_by_that_feature_only() {
        classes().that().areAssignableTo(PanacheRepositoryBase.class)
                .should(onlyBeCalledFromTheirOwnPackage())
                .because("no feature writes another feature's tables through its own classes")
                .check(main);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    private static ArchCondition<JavaClass> onlyBeCalledFromTheirOwnPackage() {
        return new ArchCondition<>("only be called from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (var dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, user.getName() + " uses "
                                + repository.getSimpleName() + " of another feature (" + dependency.getDescription() + ")"));
                    }
                }
            }
        };
    }

}
