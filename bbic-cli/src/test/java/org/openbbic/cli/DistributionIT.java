package org.openbbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI distribution as a user gets it: unpacked into a temporary directory, run through a
 * symbolic link from another directory, with Java found on the PATH or through JAVA_HOME.
 */
class DistributionIT {

  private static final String VERSION = System.getProperty("bbic.version", "0.1.0-SNAPSHOT");

  @TempDir static Path tmp;
  static Path home;
  static Path link;
  static Path work;
  static Path cache;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void unpackAndLink() throws Exception {
    Path archive =
        Path.of(System.getProperty("bbic.distribution", "target/bbic-" + VERSION + ".tar.gz"));
    assertThat(archive).exists();
    Path unpacked = Files.createDirectories(tmp.resolve("opt"));
    Run tar = run(unpacked, Map.of(), "tar", "-xzf", archive.toAbsolutePath().toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    home = unpacked.resolve("bbic-" + VERSION);
    // Two links, as /usr/local/bin/bbic -> ../lib/bbic -> the unpacked launcher would be.
    Path libDir = Files.createDirectories(tmp.resolve("usr/local/lib"));
    Path binDir = Files.createDirectories(tmp.resolve("usr/local/bin"));
    Files.createSymbolicLink(libDir.resolve("bbic"), home.resolve("bin/bbic"));
    link = Files.createSymbolicLink(binDir.resolve("bbic"), Path.of("../lib/bbic"));
    work = Files.createDirectories(tmp.resolve("work"));
    cache = tmp.resolve("cache");
  }

  /** Java on the PATH, no JAVA_HOME, a cache directory of the test's own. */
  private static Map<String, String> javaOnPath() {
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    return Map.of(
        "PATH", javaBin + ":/usr/bin:/bin", "XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", "");
  }

  @Test
  void theArchiveHoldsLaunchersJarCompletionReadmeAndLicences() throws Exception {
    assertThat(home.resolve("bin/bbic")).isExecutable();
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/bbic")))
        .contains(PosixFilePermission.OTHERS_EXECUTE);
    assertThat(Files.readString(home.resolve("bin/bbic.cmd"))).contains("\r\n");
    assertThat(home.resolve("lib/bbic.jar")).isRegularFile();
    assertThat(Files.readString(home.resolve("lib/bbic.version")).strip()).isEqualTo(VERSION);
    assertThat(Files.readString(home.resolve("README.md"))).contains("# bbic " + VERSION);
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License");
    assertThat(Files.readString(home.resolve("NOTICE"))).contains("DejaVu");
    assertThat(home.resolve("licenses/dejavu-fonts/LICENSE")).isRegularFile();

    Path completion = home.resolve("completion/bbic.bash");
    assertThat(Files.readString(completion)).contains("validate").contains("convert");
    Run syntax = run(work, javaOnPath(), "bash", "-n", completion.toString());
    assertThat(syntax.exit()).as(syntax.err()).isZero();
    // bash completes a subcommand and an option's values from it.
    Run complete =
        run(
            work,
            javaOnPath(),
            "bash",
            "-c",
            "source \"$1\"; COMP_WORDS=(bbic val); COMP_CWORD=1; _complete_bbic;"
                + " echo \"${COMPREPLY[*]}\"; COMP_WORDS=(bbic example --protection ''); COMP_CWORD=3;"
                + " _complete_bbic; echo \"${COMPREPLY[*]}\"",
            "bash",
            completion.toString());
    assertThat(complete.exit()).as(complete.err()).isZero();
    assertThat(complete.out().lines().toList())
        .containsExactly(
            "validate", "NONE SEKRETESSMARKERING SKYDDAD_FOLKBOKFORING FINGERADE_PERSONUPPGIFTER");

    // The zip holds what the tar.gz holds.
    Path zip = Path.of(System.getProperty("bbic.distribution").replace(".tar.gz", ".zip"));
    Set<String> zipFiles = new TreeSet<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        if (!e.isDirectory()) {
          zipFiles.add(e.getName());
        }
      }
    }
    Set<String> tarFiles = new TreeSet<>();
    try (Stream<Path> files = Files.walk(home)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> tarFiles.add("bbic-" + VERSION + "/" + home.relativize(f)));
    }
    assertThat(zipFiles).isEqualTo(tarFiles);
  }

  @Test
  void everyLibraryInsideTheJarHasItsLicenceListedAndItsOwnFilesKept() throws Exception {
    String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
    List<String> bundled = new ArrayList<>();
    try (ZipFile jar = new ZipFile(home.resolve("lib/bbic.jar").toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        String[] parts = e.getName().split("/");
        if (parts.length == 5
            && parts[0].equals("META-INF")
            && parts[1].equals("maven")
            && parts[4].equals("pom.properties")) {
          bundled.add(parts[2] + ":" + parts[3]);
        }
      }
      // openbbic's own licence and notice, not one of a merged jar's.
      String license =
          new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes());
      assertThat(license).contains("Apache License").contains("Version 2.0, January 2004");
      String notice =
          new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes());
      assertThat(notice).startsWith("openbbic");
    }
    // picocli's jar carries no pom.properties: it is found by its classes.
    try (ZipFile jar = new ZipFile(home.resolve("lib/bbic.jar").toFile())) {
      if (jar.getEntry("picocli/CommandLine.class") != null) {
        bundled.add("info.picocli:picocli");
      }
    }
    assertThat(bundled).hasSizeGreaterThan(30).contains("info.picocli:picocli");
    bundled.remove("org.openbbic:bbic-cli"); // the tool itself: LICENSE and NOTICE
    for (String artifact : bundled) {
      assertThat(thirdParty).as("THIRD-PARTY.txt lists " + artifact).contains("(" + artifact + ":");
    }
    // The jars' own licence texts, e.g. openhtmltopdf's LGPL.
    try (Stream<Path> files = Files.walk(home.resolve("licenses"))) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("LICENSE-LGPL-2.1.txt");
    }
  }

  @Test
  void runsThroughASymlinkFromAnotherDirectoryWithJavaOnThePath() throws Exception {
    Run version = run(work, javaOnPath(), link.toString(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).contains(VERSION);

    Run example = run(work, javaOnPath(), link.toString(), "example", "case", "--seed", "7");
    assertThat(example.exit()).as(example.err()).isZero();
    Path json = Files.writeString(work.resolve("case.json"), example.out());

    Run validate = run(work, javaOnPath(), link.toString(), "validate", "case.json");
    assertThat(validate.exit()).as(validate.err()).isZero();
    assertThat(validate.out().strip()).isEqualTo("case.json: Ärendekedja, giltigt");

    Run convert =
        run(
            work,
            javaOnPath(),
            link.toString(),
            "convert",
            "--to",
            "xml",
            "-o",
            "case.xml",
            "case.json");
    assertThat(convert.exit()).as(convert.err()).isZero();
    assertThat(Files.readString(work.resolve("case.xml"))).startsWith("<?xml");
    Run again = run(work, javaOnPath(), link.toString(), "validate", "case.xml");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out().strip()).isEqualTo("case.xml: Ärendekedja, giltigt");
    assertThat(json).exists();

    // The first command wrote this user's class-data archive; later runs use it, silently.
    try (Stream<Path> files = Files.walk(cache)) {
      assertThat(files.filter(p -> p.toString().endsWith(".jsa")))
          .singleElement()
          .satisfies(p -> assertThat(p.getParent().getFileName()).hasToString("bbic-" + VERSION));
    }
    assertThat(again.err()).isEmpty();
  }

  @Test
  void runsWithJavaHomeAndWithoutAWritableCache() throws Exception {
    String javaHome = System.getProperty("java.home");
    Map<String, String> env =
        Map.of("JAVA_HOME", javaHome, "PATH", "/usr/bin:/bin", "XDG_CACHE_HOME", "/proc/none");
    Run version = run(work, env, link.toString(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).contains(VERSION);
    Run rules = run(work, env, link.toString(), "rules", "--format", "json");
    assertThat(rules.exit()).as(rules.err()).isZero();
    assertThat(rules.out()).startsWith("[");
    assertThat(rules.err()).isEmpty();
  }

  private static Run run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("BBIC_JAVA_OPTS");
    env.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            builder.environment().remove(k);
          } else {
            builder.environment().put(k, v);
          }
        });
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish within 120 s: " + List.of(command));
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
