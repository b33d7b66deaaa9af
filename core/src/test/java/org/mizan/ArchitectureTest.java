package org.mizan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the package arrows of {@code mizan-core} (DESIGN.md, "Architecture"). */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mizan");
  }

  @Test
  void modelIsALeaf() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.names..", "org.mizan.lists..", "org.mizan.match..", "org.mizan.index..")
        .check(classes);
  }

  @Test
  void namesDependOnModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.names..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.lists..", "org.mizan.match..", "org.mizan.index..")
        .check(classes);
  }

  @Test
  void listParsersDependOnModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.lists..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.names..", "org.mizan.match..", "org.mizan.index..")
        .check(classes);
  }

  @Test
  void passengerMessageParsersDependOnModelOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.paxlst..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.mizan.names..", "org.mizan.lists..", "org.mizan.match..", "org.mizan.index..")
        .check(classes);
  }

  @Test
  void scoringDoesNotDependOnRetrieval() {
    noClasses()
        .that()
        .resideInAPackage("org.mizan.match..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.mizan.index..", "org.mizan.lists..")
        .check(classes);
  }

  @Test
  void coreIsPure() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io.File", "java.nio.file..", "java.net..", "java.util.logging..")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .because("core takes streams and values: no files, sockets, environment, clock or logging")
        .check(classes);
  }

  @Test
  void noCycles() {
    slices().matching("org.mizan.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noGrabBagPackages() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..common..", "..helper..", "..misc..", "..impl..")
        .check(classes);
  }
}
