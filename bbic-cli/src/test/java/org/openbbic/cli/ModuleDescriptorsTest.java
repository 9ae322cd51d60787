package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published modules' API surface as the module system sees it: no package with an {@code
 * internal} segment is exported or opened to everyone. Unit tests run on the class path, where
 * every module is unnamed, so this test reads the real descriptors ({@code module-info.class}) from
 * the class path's jars and class directories with {@link ModuleFinder}. It runs here because the
 * command line depends on every library module; it fails, rather than passes vacuously, when it
 * does not find exactly the modules whose {@code module-info.java} the repository holds.
 */
class ModuleDescriptorsTest {

  /**
   * The one module with a descriptor that is not a library: it exports nothing, it is not
   * published, and its own build runs it on the module path.
   */
  private static final Set<String> NOT_LIBRARIES = Set.of("org.openbbic.examples");

  private static final Pattern MODULE_DECLARATION =
      Pattern.compile("^\\s*(?:open\\s+)?module\\s+([\\w.]+)\\s*\\{", Pattern.MULTILINE);

  private static Map<String, ModuleDescriptor> found;

  @BeforeAll
  static void readDescriptors() {
    found = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      for (ModuleDescriptor d : descriptors(Path.of(entry))) {
        if (d.name().startsWith("org.openbbic.")) {
          assertThat(found.put(d.name(), d))
              .as("%s found twice on the class path", d.name())
              .isNull();
        }
      }
    }
  }

  /** The descriptors in one class-path entry; none for a jar the module system cannot name. */
  private static List<ModuleDescriptor> descriptors(Path entry) {
    if (!Files.exists(entry)) {
      return List.of();
    }
    try {
      return ModuleFinder.of(entry).findAll().stream()
          .map(ModuleReference::descriptor)
          .collect(Collectors.toList());
    } catch (FindException e) {
      // A third-party jar whose file name gives no legal automatic module name: not ours (every
      // openbbic module has a module-info.class, and the guard below fails if one is missing).
      return List.of();
    }
  }

  /** The names of the library modules declared by the repository's module-info.java files. */
  private static Set<String> declaredInRepository() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> modules = Files.list(CodeCatalogueTest.repositoryRoot())) {
      for (Path dir : modules.sorted().collect(Collectors.toList())) {
        Path info = dir.resolve("src/main/java/module-info.java");
        if (!Files.isRegularFile(info)) {
          continue;
        }
        Matcher m = MODULE_DECLARATION.matcher(Files.readString(info, StandardCharsets.UTF_8));
        assertThat(m.find()).as("a module declaration in %s", info).isTrue();
        names.add(m.group(1));
      }
    }
    names.removeAll(NOT_LIBRARIES);
    return names;
  }

  private static boolean internal(String packageName) {
    return List.of(packageName.split("\\.")).contains("internal");
  }

  @Test
  void everyLibraryModuleOfTheRepositoryIsFoundWithItsOwnDescriptor() throws IOException {
    Set<String> declared = declaredInRepository();
    assertThat(declared)
        .as("module-info.java files under %s", CodeCatalogueTest.repositoryRoot())
        .contains("org.openbbic.model", "org.openbbic.validation", "org.openbbic.export");
    assertThat(found.keySet()).as("openbbic modules on the test class path").isEqualTo(declared);
    for (ModuleDescriptor d : found.values()) {
      assertThat(d.isAutomatic())
          .as("%s is an automatic module (no module-info)", d.name())
          .isFalse();
      assertThat(d.isOpen()).as("%s is an open module (every package open)", d.name()).isFalse();
    }
  }

  @Test
  void noInternalPackageIsExportedOrOpenedToEveryone() {
    assertThat(found).as("openbbic modules on the test class path").isNotEmpty();
    List<String> internalPackages = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    for (ModuleDescriptor d : found.values()) {
      d.packages().stream().filter(ModuleDescriptorsTest::internal).forEach(internalPackages::add);
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (internal(e.source()) && !e.isQualified()) {
          leaks.add(d.name() + " exports " + e.source());
        }
      }
      for (ModuleDescriptor.Opens o : d.opens()) {
        if (internal(o.source()) && !o.isQualified()) {
          leaks.add(d.name() + " opens " + o.source());
        }
      }
    }
    // The rule has something to check: the modules do have internal packages.
    assertThat(internalPackages).contains("org.openbbic.validation.internal");
    assertThat(leaks).as("internal packages exported or opened unqualified").isEmpty();
  }
}
