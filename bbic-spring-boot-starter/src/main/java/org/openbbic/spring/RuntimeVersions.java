package org.openbbic.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The versions of the libraries openbbic runs on, checked at start-up: a Spring Boot dependency
 * management may impose other versions than openbbic's own (Boot 3.5 manages Hibernate Validator
 * 8.0 and Jackson 2.19, Boot 4.0 Jackson 2.21 beside its Jackson 3), and a version too old for
 * openbbic fails the start here, with the version needed, instead of failing on the first request.
 *
 * <p>The floors: <b>Jackson 2.16</b> (openbbic's hardened JSON reader sets {@code
 * StreamReadConstraints.maxDocumentLength} and {@code maxNameLength} and {@code
 * StreamWriteConstraints}, all new in 2.16; Boot 3.5's 2.19 and Boot 4.0's 2.21 pass the test
 * suite); <b>Hibernate Validator 8.0</b> on Jakarta Validation 3.0 or newer (the {@code
 * jakarta.validation} namespace; 8.0.3 under Boot 3.5 and 9.0.1 under Boot 4.0 pass the test suite,
 * though openbbic itself is built on 9.1); <b>JAXB runtime 4</b> ({@code
 * org.glassfish.jaxb.runtime}). A version that cannot be read (a repackaged jar) is not judged.
 *
 * <p>Thread-safe; no state.
 */
final class RuntimeVersions {

  /** A library openbbic needs, the class that tells its version, and the lowest version. */
  record Floor(String library, String versionClass, int major, int minor, String why) {}

  static final List<Floor> FLOORS =
      List.of(
          new Floor(
              "Jackson (jackson-core)",
              "com.fasterxml.jackson.core.json.PackageVersion",
              2,
              16,
              "openbbic's JSON reader sets StreamReadConstraints.maxDocumentLength and"
                  + " maxNameLength"),
          new Floor(
              "Jackson (jackson-databind)",
              "com.fasterxml.jackson.databind.cfg.PackageVersion",
              2,
              16,
              "openbbic's JSON codec is built on jackson-databind 2.16+"),
          new Floor(
              "Hibernate Validator",
              "org.hibernate.validator.HibernateValidator",
              8,
              0,
              "openbbic validates in the jakarta.validation namespace (Jakarta Validation 3)"),
          new Floor(
              "JAXB runtime (org.glassfish.jaxb:jaxb-runtime)",
              "org.glassfish.jaxb.runtime.v2.ContextFactory",
              4,
              0,
              "openbbic's XML binding is Jakarta XML Binding 4"));

  private RuntimeVersions() {}

  /**
   * Fails when a library on the class path is older than openbbic needs.
   *
   * @throws IllegalStateException naming every library too old or missing and the version needed
   */
  static void check() {
    failOn(problems(RuntimeVersions::versionOf));
  }

  /** Fails when there are {@code problems}, with every one of them and how to fix them. */
  static void failOn(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new UnsupportedVersionException(problems);
    }
  }

  /**
   * A library on the class path too old for openbbic; Spring Boot prints it as a start-up failure
   * with the fix ({@link UnsupportedVersionFailureAnalyzer}).
   */
  static final class UnsupportedVersionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    UnsupportedVersionException(List<String> problems) {
      super(
          "openbbic cannot run on the libraries on the class path: "
              + String.join("; ", problems)
              + ".");
    }

    /** What to do about it. */
    static String action() {
      return "Use the versions openbbic needs. Under Spring Boot's dependency management set them"
          + " in your build, e.g. the Maven properties jackson-bom.version (Boot 3) or"
          + " jackson-2-bom.version (Boot 4), hibernate-validator.version, glassfish-jaxb.version.";
    }
  }

  /**
   * What is wrong with the versions {@code versionOf} finds (by version class name: the version,
   * {@code ""} when it cannot be read, {@code null} when the class is absent); empty when nothing.
   */
  static List<String> problems(Function<String, String> versionOf) {
    List<String> problems = new ArrayList<>();
    for (Floor floor : FLOORS) {
      String found = versionOf.apply(floor.versionClass());
      String needed = floor.major() + "." + floor.minor();
      if (found == null) {
        problems.add(floor.library() + " is missing; openbbic needs " + needed + " or newer");
      } else if (!found.isEmpty() && olderThan(found, floor.major(), floor.minor())) {
        problems.add(
            floor.library()
                + " "
                + found
                + " is too old; openbbic needs "
                + needed
                + " or newer ("
                + floor.why()
                + ")");
      }
    }
    return problems;
  }

  /** Whether {@code version} ("2.15.4", "8.0.3.Final") is below {@code major.minor}. */
  static boolean olderThan(String version, int major, int minor) {
    String[] parts = version.split("[.\\-]");
    int foundMajor = number(parts, 0);
    int foundMinor = number(parts, 1);
    if (foundMajor < 0) {
      return false; // not a version we can read: not judged
    }
    return foundMajor < major || (foundMajor == major && Math.max(foundMinor, 0) < minor);
  }

  private static int number(String[] parts, int i) {
    if (i >= parts.length) {
      return -1;
    }
    try {
      return Integer.parseInt(parts[i]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The version of the library of {@code className}: Jackson's {@code PackageVersion.VERSION}, else
   * the jar's {@code Implementation-Version}; {@code ""} when unknown, {@code null} when the class
   * is absent.
   */
  static String versionOf(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, RuntimeVersions.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    if (className.endsWith(".PackageVersion")) {
      try {
        Object version = type.getField("VERSION").get(null);
        return version == null ? "" : version.toString();
      } catch (ReflectiveOperationException | LinkageError e) {
        return "";
      }
    }
    String version =
        type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return version == null ? "" : version;
  }
}
