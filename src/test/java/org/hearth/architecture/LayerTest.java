package org.hearth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

/** Hearth's layers depend on each other one way only (see DESIGN.md). */
class LayerTest {

    private static final JavaClasses HEARTH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hearth");

    @Test
    void layersDependOneWayOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("app").definedBy("org.hearth.app..")
                .layer("ui").definedBy("org.hearth.ui..")
                .layer("report").definedBy("org.hearth.report..")
                .layer("service").definedBy("org.hearth.service..")
                .layer("store").definedBy("org.hearth.store..")
                .layer("domain").definedBy("org.hearth.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("report").mayOnlyBeAccessedByLayers("app", "ui")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "report", "service", "store")
                .check(HEARTH);
    }

    @Test
    void theDomainUsesNoHibernateApiOnlyEnversAnnotations() {
        noClasses().that().resideInAPackage("org.hearth.domain..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.hibernate..")
                        .and(DescribedPredicate.not(DescribedPredicate.describe("Envers annotations",
                                (JavaClass c) -> c.getPackageName().equals(Audited.class.getPackageName())
                                        && (c.isAnnotation() || c.isEnum())))))
                .check(HEARTH);
    }

    @Test
    void nothingButTheStoreTalksToHibernateH2OrFlyway() {
        noClasses().that().resideOutsideOfPackages("org.hearth.store..", "org.hearth.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.h2..", "org.flywaydb..",
                        "jakarta.persistence..")
                .check(HEARTH);
    }

    @Test
    void handoutsAreMadeFromPlainDataNotEntities() {
        noClasses().that().resideInAPackage("org.hearth.report..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.hearth.service..", "org.hearth.store..",
                        "org.hearth.ui..", "org.hearth.app..")
                .check(HEARTH);
    }

    @Test
    void theDomainAndTheServicesKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.hearth.domain..", "org.hearth.service..", "org.hearth.store..",
                        "org.hearth.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(HEARTH);
    }
}
