package org.acollida;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Callable;
import org.acollida.common.SystemAccess;

/**
 * The walls between the parts (README, "Where things are"; docs/adr/0006-package-structure.md): processes talk through messages and process variables
 * only; the kernel ({@code contract}, {@code common}) and the organisation registry know no process;
 * only the demo profile knows the demo.
 */
@AnalyzeClasses(packages = "org.acollida", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String[] PROCESSES = {"org.acollida.agreement..", "org.acollida.itinerary..",
      "org.acollida.consultation..", "org.acollida.measure..", "org.acollida.evaluation..", "org.acollida.spending.."};

  @ArchTest
  static final ArchRule processesDoNotImportEachOther = slices()
      .matching("org.acollida.(agreement|itinerary|consultation|measure|evaluation|spending)..")
      .should().notDependOnEachOther()
      .because("processes talk through messages and process variables, so each can change on its own");

  @ArchTest
  static final ArchRule processesDoNotImportTheWebLayer = noClasses()
      .that().resideInAnyPackage(PROCESSES)
      .should().dependOnClassesThat().resideInAnyPackage("org.acollida.web..")
      .because("the web layer maps the processes' errors, not the other way round");

  @ArchTest
  static final ArchRule kernelUsesNothingOfOurs = noClasses()
      .that().resideInAnyPackage("org.acollida.contract..", "org.acollida.common..")
      .should().dependOnClassesThat().resideInAnyPackage("org.acollida", "org.acollida.agreement..",
          "org.acollida.itinerary..", "org.acollida.consultation..", "org.acollida.measure..", "org.acollida.evaluation..",
          "org.acollida.spending..", "org.acollida.strategy..", "org.acollida.organisation..", "org.acollida.accountability..",
          "org.acollida.dashboard..", "org.acollida.audit..", "org.acollida.i18n..", "org.acollida.web..",
          "org.acollida.demo..", "org.acollida.storage..", "org.acollida.tasklist..", "org.acollida.notification..",
          "org.acollida.document..")
      .because("every part may use the kernel, so the kernel may use none of them");

  @ArchTest
  static final ArchRule strategyIsKernelLike = noClasses()
      .that().resideInAnyPackage("org.acollida.strategy..")
      .should().dependOnClassesThat().resideOutsideOfPackages("org.acollida.strategy..", "org.acollida.common..",
          "org.acollida.contract..", "java..", "com.fasterxml..", "org.springframework..", "org.camunda..")
      .because("rounds, measures, the dashboard and the pages all refer to the strategy, so it may use only the kernel");

  @ArchTest
  static final ArchRule organisationKnowsNoProcess = noClasses()
      .that().resideInAnyPackage("org.acollida.organisation..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .orShould().dependOnClassesThat().resideInAnyPackage("org.acollida.dashboard..", "org.acollida.audit..",
          "org.acollida.web..", "org.acollida.demo..", "org.acollida.tasklist..")
      .because("each process contributes its own authorizations (ProcessGrants); the registry knows none of them");

  @ArchTest
  static final ArchRule tasklistFiltersKnowNoProcess = noClasses()
      .that().resideInAnyPackage("org.acollida.tasklist..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .orShould().dependOnClassesThat().resideInAnyPackage("org.acollida.dashboard..", "org.acollida.audit..",
          "org.acollida.web..", "org.acollida.demo..")
      .because("the filters query tasks by the keys and variables the contract names, in every profile");

  @ArchTest
  static final ArchRule onlyTheDemoKnowsTheDemo = noClasses()
      .that().resideOutsideOfPackage("org.acollida.demo..")
      .should().dependOnClassesThat().resideInAnyPackage("org.acollida.demo..")
      .because("the demo profile is left out of a real deployment");

  @ArchTest
  static final ArchRule dashboardReadsProcessesThroughTheContract = noClasses()
      .that().resideInAnyPackage("org.acollida.dashboard..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .because("the dashboard reads the process variables the contract names, not a process's code");

  @ArchTest
  static final ArchRule accountabilityReadsProcessesThroughTheContract = noClasses()
      .that().resideInAnyPackage("org.acollida.accountability..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .orShould().dependOnClassesThat().resideInAnyPackage("org.acollida.dashboard..", "org.acollida.web..")
      .because("the public accountability page reads the variables the contract names, not a process's code");

  @ArchTest
  static final ArchRule auditReadsProcessesThroughTheContract = noClasses()
      .that().resideInAnyPackage("org.acollida.audit..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .because("the audit trail reads the variables the contract names, not a process's code");

  @ArchTest
  static final ArchRule processesKnowNothingOfTheirMail = noClasses()
      .that().resideInAnyPackage(PROCESSES)
      .should().dependOnClassesThat().resideInAnyPackage("org.acollida.notification..")
      .because("notifications hook onto the models from outside (notification/ProgrammeNotifications), so a process "
          + "neither waits for nor fails with its mail");

  @ArchTest
  static final ArchRule notificationsReadProcessesThroughTheContract = noClasses()
      .that().resideInAnyPackage("org.acollida.notification..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .orShould().dependOnClassesThat().resideInAnyPackage("org.acollida.dashboard..", "org.acollida.audit..",
          "org.acollida.demo..", "org.acollida.tasklist..")
      .because("a mail reads the variables the contract names (and the organisation registry), not a process's code");

  @ArchTest
  static final ArchRule documentsKnowNoProcess = noClasses()
      .that().resideInAnyPackage("org.acollida.document..")
      .should().dependOnClassesThat().resideInAnyPackage(PROCESSES)
      .orShould().dependOnClassesThat().resideInAnyPackage("org.acollida.dashboard..", "org.acollida.audit..",
          "org.acollida.demo..", "org.acollida.tasklist..", "org.acollida.notification..")
      .because("a document's kind names its process by the contract's key (contract/DocumentKind); the processes "
          + "read their documents through the engine");

  @ArchTest
  static final ArchRule processesDoNotImportDocuments = noClasses()
      .that().resideInAnyPackage(PROCESSES)
      .should().dependOnClassesThat().resideInAnyPackage("org.acollida.document..")
      .because("a process reads its documents as attachments of its instance (e.g. the itinerary's consent gate), "
          + "so documents can change without it");

  @ArchTest
  static final ArchRule onlyARequestActsOnBehalfOfItsUser = noClasses()
      .that().resideOutsideOfPackages("org.acollida.common..", "org.acollida.agreement.bpmn..",
          "org.acollida.itinerary.bpmn..")
      .should().callMethod(SystemAccess.class, "onBehalfOfUser", Callable.class)
      .because("a request's effect on its case lifts the requester's authorizations once its start listener checked"
          + " them; the requests live in the packages of the cases they act on (docs/adr/0009-requests-live-with-their-cases.md)");
}
