package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;

/**
 * What a module knows of the document classes it reads from the metamodel ({@code
 * org.openbbic.forms.meta.BbicModel}): no class outside bbic-forms tests {@code instanceof} a
 * document class ({@link BbicDocument} or a subtype) or {@link CaseFile}, and no main class outside
 * it looks classes up by name or reads their declared members.
 *
 * <p>Checked on the byte code of every {@code org.openbbic} class on this module's test class path
 * (the main classes of every library module, of bbic-server and of bbic-cli) and of the test
 * classes of bbic-cli and of every module it depends on, read from their {@code
 * target/test-classes}; bbic-forms' own classes are the only ones allowed. The Spring Boot starter,
 * its consumer applications, the examples and the benchmarks are not on this class path.
 */
class DocumentDispatchArchitectureTest {

  /** The modules whose test classes are checked besides bbic-cli's: those it depends on. */
  private static final List<String> UPSTREAM =
      List.of(
          "bbic-model",
          "bbic-testkit",
          "bbic-validation",
          "bbic-export",
          "bbic-print",
          "bbic-stats",
          "bbic-server");

  /** Reflection that looks a class up by name or reads its declared members. */
  private static final Set<String> REFLECTION =
      Set.of(
          "forName",
          "getDeclaredField",
          "getDeclaredFields",
          "getDeclaredMethod",
          "getDeclaredMethods");

  private static boolean inForms(JavaClass c) {
    return c.getPackageName().equals("org.openbbic.forms")
        || c.getPackageName().startsWith("org.openbbic.forms.");
  }

  private static boolean isDocumentClass(JavaClass c) {
    return c.isAssignableTo(BbicDocument.class) || c.isEquivalentTo(CaseFile.class);
  }

  private static JavaClasses main;

  private static JavaClasses tests;

  /** Every main {@code org.openbbic} class of the class path, read once. */
  private static synchronized JavaClasses main() {
    if (main == null) {
      main =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.openbbic");
    }
    return main;
  }

  /** Every test class of bbic-cli and of the modules it depends on, read once. */
  private static synchronized JavaClasses tests() {
    if (tests == null) {
      tests = importTests();
    }
    return tests;
  }

  private static JavaClasses importTests() {
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of("target", "test-classes"));
    for (String module : UPSTREAM) {
      dirs.add(Path.of("..", module, "target", "test-classes"));
    }
    for (Path dir : dirs) {
      assertThat(Files.isDirectory(dir.resolve("org/openbbic")))
          .as("%s holds compiled tests (build with -am)", dir.toAbsolutePath().normalize())
          .isTrue();
    }
    return new ClassFileImporter().importPaths(dirs);
  }

  /** Each {@code instanceof} on a document class outside bbic-forms, as class:line: type. */
  static List<String> instanceofOnDocumentClasses(JavaClasses classes) {
    Set<String> found = new TreeSet<>();
    for (JavaClass c : classes) {
      if (inForms(c)) {
        continue;
      }
      c.getCodeUnits().stream()
          .flatMap(unit -> unit.getInstanceofChecks().stream())
          .filter(check -> isDocumentClass(check.getRawType()))
          .forEach(
              check ->
                  found.add(
                      c.getName()
                          + ":"
                          + check.getLineNumber()
                          + " instanceof "
                          + check.getRawType().getSimpleName()));
    }
    return List.copyOf(found);
  }

  @Test
  void noInstanceofOnDocumentClassesOutsideBbicForms() {
    List<String> found = new ArrayList<>(instanceofOnDocumentClasses(main()));
    found.addAll(instanceofOnDocumentClasses(tests()));
    found.removeIf(f -> f.startsWith(Breach.class.getName() + ":"));
    assertThat(found).as("instanceof on a document class outside bbic-forms").isEmpty();
  }

  @Test
  void theCheckSeesTheModulesAndFindsAnInstanceofOnADocumentClass() {
    JavaClasses main = main();
    // the check reads the main classes of the modules and their tests, and would see a breach
    assertThat(main.contain("org.openbbic.validation.BbicValidator")).isTrue();
    assertThat(main.contain("org.openbbic.server.BbicServer")).isTrue();
    assertThat(tests().contain(DocumentDispatchArchitectureTest.class)).isTrue();
    assertThat(instanceofOnDocumentClasses(new ClassFileImporter().importClasses(Breach.class)))
        .singleElement()
        .asString()
        .startsWith(Breach.class.getName() + ":")
        .endsWith(" instanceof CaseFile");
  }

  @Test
  void noMainClassOutsideBbicFormsLooksUpClassesOrReadsTheirDeclaredMembers() {
    List<String> found = new ArrayList<>();
    for (JavaClass c : main()) {
      if (inForms(c)) {
        continue;
      }
      for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
        if (call.getTargetOwner().isEquivalentTo(Class.class)
            && REFLECTION.contains(call.getName())) {
          found.add(c.getName() + ":" + call.getLineNumber() + " Class." + call.getName());
        }
      }
    }
    assertThat(found).as("reflection on classes outside bbic-forms").isEmpty();
  }

  /** A class that breaks the rule, to show the check finds it (and the rule ignores it). */
  static final class Breach {
    static boolean isCaseFile(Object value) {
      return value instanceof CaseFile;
    }
  }
}
