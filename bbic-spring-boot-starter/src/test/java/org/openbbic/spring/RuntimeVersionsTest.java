package org.openbbic.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class RuntimeVersionsTest {

  /** The versions Boot 3.5.7 manages, by version class. */
  private static Map<String, String> boot35() {
    Map<String, String> v = new HashMap<>();
    v.put("com.fasterxml.jackson.core.json.PackageVersion", "2.19.2");
    v.put("com.fasterxml.jackson.databind.cfg.PackageVersion", "2.19.2");
    v.put("org.hibernate.validator.HibernateValidator", "8.0.3.Final");
    v.put("org.glassfish.jaxb.runtime.v2.ContextFactory", "4.0.6 - 0dcfdf5");
    return v;
  }

  @Test
  void theClassPathOfTheBuildPasses() {
    assertThat(RuntimeVersions.problems(RuntimeVersions::versionOf)).isEmpty();
    assertThatCode(RuntimeVersions::check).doesNotThrowAnyException();
    assertThat(RuntimeVersions.versionOf("com.fasterxml.jackson.databind.cfg.PackageVersion"))
        .startsWith("2.");
    assertThat(RuntimeVersions.versionOf("org.hibernate.validator.HibernateValidator"))
        .endsWith(".Final");
    assertThat(RuntimeVersions.versionOf("no.such.Type")).isNull();
  }

  @Test
  void theVersionsBoot35AndBoot40ManagePass() {
    assertThat(RuntimeVersions.problems(boot35()::get)).isEmpty();
    Map<String, String> boot40 = boot35();
    boot40.put("com.fasterxml.jackson.core.json.PackageVersion", "2.21.4");
    boot40.put("com.fasterxml.jackson.databind.cfg.PackageVersion", "2.21.4");
    boot40.put("org.hibernate.validator.HibernateValidator", "9.0.1.Final");
    boot40.put("org.glassfish.jaxb.runtime.v2.ContextFactory", "4.0.9");
    assertThat(RuntimeVersions.problems(boot40::get)).isEmpty();
  }

  @Test
  void anOlderJacksonNamesTheVersionNeededAndWhy() {
    Map<String, String> old = boot35();
    old.put("com.fasterxml.jackson.core.json.PackageVersion", "2.15.4");
    List<String> problems = RuntimeVersions.problems(old::get);
    assertThat(problems)
        .containsExactly(
            "Jackson (jackson-core) 2.15.4 is too old; openbbic needs 2.16 or newer (openbbic's"
                + " JSON reader sets StreamReadConstraints.maxDocumentLength and maxNameLength)");
  }

  @Test
  void anOlderOrMissingValidatorIsNamed() {
    Map<String, String> old = boot35();
    old.put("org.hibernate.validator.HibernateValidator", "7.0.5.Final");
    old.remove("org.glassfish.jaxb.runtime.v2.ContextFactory");
    assertThat(RuntimeVersions.problems(old::get))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("Hibernate Validator 7.0.5.Final is too old"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(
                        "JAXB runtime (org.glassfish.jaxb:jaxb-runtime) is missing; openbbic needs"
                            + " 4.0 or newer"));
  }

  @Test
  void anUnreadableVersionIsNotJudged() {
    Map<String, String> odd = boot35();
    odd.put("org.hibernate.validator.HibernateValidator", "");
    odd.put("com.fasterxml.jackson.core.json.PackageVersion", "unknown");
    assertThat(RuntimeVersions.problems(odd::get)).isEmpty();
  }

  @Test
  void versionsCompareByMajorAndMinor() {
    assertThat(RuntimeVersions.olderThan("2.15.99", 2, 16)).isTrue();
    assertThat(RuntimeVersions.olderThan("2.16.0-rc1", 2, 16)).isFalse();
    assertThat(RuntimeVersions.olderThan("3.0.0", 2, 16)).isFalse();
    assertThat(RuntimeVersions.olderThan("8", 8, 0)).isFalse();
    assertThat(RuntimeVersions.olderThan("1.9", 2, 16)).isTrue();
  }

  @Test
  void theStartFailsWithEveryProblemAndHowToFixIt() {
    // check() over the real class path passes (above); its message is built from problems().
    Map<String, String> old = boot35();
    old.put("com.fasterxml.jackson.databind.cfg.PackageVersion", "2.14.0");
    assertThat(RuntimeVersions.problems(old::get)).hasSize(1);
    assertThatThrownBy(() -> RuntimeVersions.failOn(RuntimeVersions.problems(old::get)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jackson-databind) 2.14.0 is too old; openbbic needs 2.16 or newer");
  }

  @Test
  void springBootReportsTheFailureWithTheFix() {
    Throwable failure = null;
    try {
      RuntimeVersions.failOn(List.of("Jackson (jackson-core) 2.15.4 is too old"));
    } catch (IllegalStateException e) {
      // as Spring wraps a constructor's exception in a bean-creation failure
      failure = new org.springframework.beans.factory.BeanCreationException("bbic", "failed", e);
    }
    FailureAnalysis analysis = new UnsupportedVersionFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .isEqualTo(
            "openbbic cannot run on the libraries on the class path: Jackson (jackson-core) 2.15.4"
                + " is too old.");
    assertThat(analysis.getAction()).contains("jackson-bom.version", "hibernate-validator.version");
  }

  @Test
  void theAnalyzerIsRegisteredForSpringBoot() throws Exception {
    try (var in =
        RuntimeVersionsTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/spring.factories")) {
      var factories = new java.util.Properties();
      factories.load(in);
      assertThat(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer"))
          .isEqualTo(UnsupportedVersionFailureAnalyzer.class.getName());
    }
  }
}
