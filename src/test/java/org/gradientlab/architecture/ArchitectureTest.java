package org.gradientlab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN §2, as rules that read as sentences. */
@AnalyzeClasses(packages = "org.gradientlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engine_depends_on_the_java_platform_only = classes()
            .that()
            .resideInAPackage("org.gradientlab.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.gradientlab.engine..");

    @ArchTest
    static final ArchRule exercises_depend_on_the_engine_only = classes()
            .that()
            .resideInAPackage("org.gradientlab.exercises..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.gradientlab.engine..", "org.gradientlab.exercises..");

    @ArchTest
    static final ArchRule grading_depends_on_exercises_and_engine_only = classes()
            .that()
            .resideInAPackage("org.gradientlab.grading..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..", "org.gradientlab.engine..", "org.gradientlab.exercises..", "org.gradientlab.grading..");

    @ArchTest
    static final ArchRule charts_are_self_contained = noClasses()
            .that()
            .resideInAPackage("org.gradientlab.charts..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.gradientlab.engine..",
                    "org.gradientlab.exercises..",
                    "org.gradientlab.grading..",
                    "org.gradientlab.courses..",
                    "org.gradientlab.api..",
                    "org.gradientlab.ui..",
                    "org.gradientlab.platform..");

    @ArchTest
    static final ArchRule only_the_ui_uses_the_charts = noClasses()
            .that()
            .resideOutsideOfPackages("org.gradientlab.ui..", "org.gradientlab.charts..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gradientlab.charts..");

    @ArchTest
    static final ArchRule nothing_depends_on_the_platform = noClasses()
            .that()
            .resideOutsideOfPackage("org.gradientlab.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gradientlab.platform..");

    @ArchTest
    static final ArchRule the_api_and_the_ui_do_not_depend_on_each_other = noClasses()
            .that()
            .resideInAPackage("org.gradientlab.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gradientlab.ui..");

    @ArchTest
    static final ArchRule the_ui_does_not_depend_on_the_api = noClasses()
            .that()
            .resideInAPackage("org.gradientlab.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gradientlab.api..");

    @ArchTest
    static final ArchRule lower_modules_do_not_reach_up = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.gradientlab.engine..",
                    "org.gradientlab.exercises..",
                    "org.gradientlab.grading..",
                    "org.gradientlab.courses..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.gradientlab.ui..", "org.gradientlab.api..");

    @ArchTest
    static final ArchRule only_courses_use_persistence = noClasses()
            .that()
            .resideOutsideOfPackage("org.gradientlab.courses..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.persistence..", "org.springframework.data..", "org.hibernate..", "org.flywaydb..");

    @ArchTest
    static final ArchRule courses_depend_only_on_grading_exercises_and_engine_of_ours = noClasses()
            .that()
            .resideInAPackage("org.gradientlab.courses..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.gradientlab.ui..",
                    "org.gradientlab.api..",
                    "org.gradientlab.charts..",
                    "org.gradientlab.platform..");

    @ArchTest
    static final ArchRule nothing_below_courses_depends_on_courses = noClasses()
            .that()
            .resideInAnyPackage("org.gradientlab.engine..", "org.gradientlab.exercises..", "org.gradientlab.grading..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.gradientlab.courses..");
}
