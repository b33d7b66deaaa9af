package org.mizan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the package arrows of {@code mizan-service} (DESIGN.md, "Architecture"). */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                "org.mizan.screening",
                "org.mizan.store",
                "org.mizan.audit",
                "org.mizan.review",
                "org.mizan.retention",
                "org.mizan.access",
                "org.mizan.api",
                "org.mizan.eval",
                "org.mizan.bench",
                "org.mizan.cli",
                "org.mizan.app");
  }

  @Test
  void useCasesDoNotKnowTheirCallers() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.screening..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.cli..", "org.mizan.app..")
        .check(classes);
  }

  @Test
  void theStoreDoesNotKnowItsCallers() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.cli..", "org.mizan.app..", "org.mizan.api..", "picocli..", "io.javalin..")
        .check(classes);
  }

  @Test
  void theEvaluationDoesNotKnowItsCallers() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.eval..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.cli..", "org.mizan.app..", "picocli..")
        .check(classes);
  }

  @Test
  void theBenchmarkDoesNotKnowItsCallers() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.cli..", "org.mizan.app..", "picocli..")
        .check(classes);
  }

  @Test
  void appDoesNotKnowTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.cli..", "picocli..")
        .check(classes);
  }

  @Test
  void theAuditTrailDependsOnNothingElseOfTheService() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.audit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.screening..",
            "org.mizan.access..",
            "org.mizan.review..",
            "org.mizan.store..",
            "org.mizan.api..",
            "org.mizan.cli..",
            "org.mizan.app..")
        .check(classes);
  }

  @Test
  void reviewKnowsOnlyAccessAndTheAuditTrail() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.review..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.screening..",
            "org.mizan.store..",
            "org.mizan.api..",
            "org.mizan.cli..",
            "org.mizan.app..",
            "io.javalin..")
        .check(classes);
  }

  @Test
  void retentionKnowsTheScreeningPortReviewAccessAndTheAuditTrail() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.retention..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.store..",
            "org.mizan.api..",
            "org.mizan.cli..",
            "org.mizan.app..",
            "io.javalin..",
            "picocli..")
        .check(classes);
  }

  @Test
  void accessKnowsOnlyTheAuditTrail() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.access..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.screening..",
            "org.mizan.store..",
            "org.mizan.api..",
            "org.mizan.cli..",
            "org.mizan.app..",
            "io.javalin..")
        .check(classes);
  }

  @Test
  void theHttpAdapterCallsUseCasesAndPortsNotTheStore() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.store..", "org.mizan.cli..", "org.mizan.app..", "picocli..")
        .check(classes);
  }

  @Test
  void onlyTheStoreTalksSql() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.mizan.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "java.sql..")
        .check(classes);
  }

  @Test
  void onlyTheApiKnowsHttp() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.mizan.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..")
        .check(classes);
  }

  @Test
  void onlyAppReadsEnvironmentAndClock() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.mizan.app..")
        .should()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .check(classes);
  }

  @Test
  void noCycles() {
    slices().matching("org.mizan.(*)..").should().beFreeOfCycles().check(classes);
  }
}
