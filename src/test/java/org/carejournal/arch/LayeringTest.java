package org.carejournal.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the layering of DESIGN.md: arrows point inward, domain and analysis stay pure. */
class LayeringTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.carejournal");

    @Test
    void domainAnalysisAndCareUseNeitherJavaFxNorJdbc() {
        noClasses().that().resideInAnyPackage("org.carejournal.domain..", "org.carejournal.analysis..",
                        "org.carejournal.care..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jfree..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackages("org.carejournal.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }

    @Test
    void innerLayersDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("org.carejournal.domain..", "org.carejournal.analysis..",
                        "org.carejournal.care..", "org.carejournal.store..", "org.carejournal.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.carejournal.ui..", "org.carejournal.app..")
                .check(CLASSES);
    }

    @Test
    void rulesAndAnalysisWorkOnDomainValuesNotOnTheStore() {
        noClasses().that().resideInAnyPackage("org.carejournal.analysis..", "org.carejournal.care..")
                .should().dependOnClassesThat().resideInAnyPackage("org.carejournal.store..")
                .check(CLASSES);
    }

    @Test
    void screensDoNotOpenTheDatabaseThemselves() {
        noClasses().that().resideInAnyPackage("org.carejournal.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.carejournal.store..")
                .check(CLASSES);
    }

    @Test
    void sharedChartsDrawWithoutJavaFxOrTheDatabase() {
        // The same charts draw on screen and into the PDF, so they must not need a JavaFX toolkit.
        noClasses().that().resideInAnyPackage("org.carejournal.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "java.sql..",
                        "org.carejournal.ui..", "org.carejournal.app..", "org.carejournal.store..")
                .check(CLASSES);
    }
}
