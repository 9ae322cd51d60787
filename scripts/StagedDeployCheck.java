import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks one module of the staged deploy as Maven Central checks a deployment: every file Central
 * requires (POM; for a jar the jar, -sources.jar and -javadoc.jar), an MD5 and SHA-1 that match
 * each file, a signature (.asc) for each file when signing is on, LICENSE and NOTICE in the jars'
 * META-INF, and the POM metadata (name and description of its own; url, licenses, scm, developers
 * and issueManagement of its own or inherited through parents staged in the same repository).
 *
 * <p>Run by every published module in its verify phase (the parent POM binds it, so a new module is
 * checked without being listed anywhere); exits 1 with the list of what is missing. A plain Java
 * source program (JDK 17), so it needs no build of its own:
 *
 * <pre>java scripts/StagedDeployCheck.java REPO GROUP_ID ARTIFACT_ID VERSION PACKAGING GPG_SKIP</pre>
 */
public final class StagedDeployCheck {

  private final List<String> problems = new ArrayList<>();
  private final Path repository;

  private StagedDeployCheck(Path repository) {
    this.repository = repository;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: StagedDeployCheck REPO GROUP_ID ARTIFACT_ID VERSION PACKAGING GPG_SKIP");
      System.exit(2);
    }
    StagedDeployCheck check = new StagedDeployCheck(Path.of(args[0]));
    String coordinates = args[1] + ":" + args[2] + ":" + args[3];
    int files = check.run(args[1], args[2], args[3], args[4], !Boolean.parseBoolean(args[5]));
    if (!check.problems.isEmpty()) {
      System.err.println("staged-deploy check FAILED for " + coordinates + ":");
      check.problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
    System.out.println(
        "staged-deploy check: "
            + coordinates
            + ": "
            + files
            + " files as Maven Central requires them"
            + (Boolean.parseBoolean(args[5]) ? " (signing off)" : ", signed"));
  }

  private int run(
      String groupId, String artifactId, String version, String packaging, boolean signed)
      throws Exception {
    Path dir = versionDir(groupId, artifactId, version);
    if (!Files.isDirectory(dir)) {
      problems.add("nothing staged in " + dir);
      return 0;
    }
    Path pom = latestPom(dir, artifactId);
    if (pom == null) {
      problems.add("no POM staged in " + dir);
      return 0;
    }
    String base = pom.getFileName().toString();
    base = base.substring(0, base.length() - ".pom".length());
    List<String> required = new ArrayList<>(List.of(base + ".pom"));
    if (!"pom".equals(packaging)) {
      required.add(base + ".jar");
      required.add(base + "-sources.jar");
      required.add(base + "-javadoc.jar");
    }
    for (String name : required) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        problems.add("missing " + name);
      }
    }
    List<Path> artifacts;
    String prefix = base;
    try (Stream<Path> list = Files.list(dir)) {
      artifacts =
          list.filter(p -> p.getFileName().toString().startsWith(prefix))
              .filter(p -> !isSidecar(p.getFileName().toString()))
              .sorted()
              .toList();
    }
    for (Path artifact : artifacts) {
      checksum(artifact, "MD5", ".md5");
      checksum(artifact, "SHA-1", ".sha1");
      if (signed && !Files.isRegularFile(sibling(artifact, ".asc"))) {
        problems.add("no signature " + artifact.getFileName() + ".asc");
      }
    }
    if (!"pom".equals(packaging)) {
      jarHolds(dir.resolve(base + ".jar"), "META-INF/LICENSE", "META-INF/NOTICE");
      jarHolds(dir.resolve(base + "-sources.jar"), "META-INF/LICENSE", "META-INF/NOTICE");
      jarHolds(dir.resolve(base + "-javadoc.jar"), "index.html");
    }
    pomMetadata(pom, groupId, version);
    return artifacts.size();
  }

  private Path versionDir(String groupId, String artifactId, String version) {
    return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
  }

  /** The POM of the latest deploy: a snapshot's file names carry a sortable timestamp. */
  private static Path latestPom(Path dir, String artifactId) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(artifactId + "-") && n.endsWith(".pom");
              })
          .max(Path::compareTo)
          .orElse(null);
    }
  }

  private static boolean isSidecar(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".md5")
        || n.endsWith(".sha1")
        || n.endsWith(".sha256")
        || n.endsWith(".sha512")
        || n.endsWith(".asc");
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  private void checksum(Path file, String algorithm, String suffix)
      throws IOException, NoSuchAlgorithmException {
    Path sum = sibling(file, suffix);
    if (!Files.isRegularFile(sum)) {
      problems.add("no checksum " + sum.getFileName());
      return;
    }
    String expected = Files.readString(sum).trim().split("\\s+")[0];
    String actual =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    if (!actual.equalsIgnoreCase(expected)) {
      problems.add(sum.getFileName() + " does not match " + file.getFileName());
    }
  }

  private void jarHolds(Path jar, String... entries) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return; // already reported as missing
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (String entry : entries) {
        if (zip.getEntry(entry) == null) {
          problems.add(jar.getFileName() + " has no " + entry);
        }
      }
    }
  }

  private void pomMetadata(Path pom, String groupId, String version) throws Exception {
    Element project = parse(pom);
    String own = pom.getFileName().toString();
    for (String field : List.of("name", "description")) {
      if (text(project, field).isBlank()) {
        problems.add(own + " has no <" + field + ">");
      }
    }
    List<Element> chain = new ArrayList<>(List.of(project));
    Element current = project;
    while (child(current, "parent") != null) {
      Element parent = child(current, "parent");
      String g = text(parent, "groupId");
      String a = text(parent, "artifactId");
      String v = text(parent, "version");
      Path parentDir = versionDir(g, a, v);
      Path parentPom = Files.isDirectory(parentDir) ? latestPom(parentDir, a) : null;
      if (parentPom == null) {
        problems.add("parent " + g + ":" + a + ":" + v + " is not staged (Central needs it too)");
        break;
      }
      current = parse(parentPom);
      chain.add(current);
    }
    String g = inherited(chain, "groupId");
    String v = inherited(chain, "version");
    if (!groupId.equals(g) || !version.equals(v)) {
      problems.add(own + " names " + g + ":" + v + ", expected " + groupId + ":" + version);
    }
    String url = inherited(chain, "url");
    if (!url.startsWith("https://")) {
      problems.add(own + ": no https <url> (own or inherited)");
    }
    Element licenses = inheritedElement(chain, "licenses");
    Element license = licenses == null ? null : child(licenses, "license");
    if (license == null || text(license, "name").isBlank() || text(license, "url").isBlank()) {
      problems.add(own + ": no <licenses><license> with name and url (own or inherited)");
    }
    Element scm = inheritedElement(chain, "scm");
    if (scm == null || text(scm, "url").isBlank() || text(scm, "connection").isBlank()) {
      problems.add(own + ": no <scm> with url and connection (own or inherited)");
    }
    Element developers = inheritedElement(chain, "developers");
    Element developer = developers == null ? null : child(developers, "developer");
    if (developer == null || (text(developer, "name") + text(developer, "id")).isBlank()) {
      problems.add(own + ": no <developers><developer> (own or inherited)");
    }
    Element issues = inheritedElement(chain, "issueManagement");
    if (issues == null || text(issues, "url").isBlank()) {
      problems.add(own + ": no <issueManagement> with url (own or inherited)");
    }
    if (url.contains("${")) {
      problems.add(own + ": unresolved property in <url>");
    }
  }

  private static String inherited(List<Element> chain, String field) {
    for (Element e : chain) {
      String value = text(e, field);
      if (value.isBlank() && child(e, "parent") != null && !"url".equals(field)) {
        value = text(child(e, "parent"), field);
      }
      if (!value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  private static Element inheritedElement(List<Element> chain, String field) {
    for (Element e : chain) {
      Element c = child(e, field);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    try (InputStream in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element c = child(parent, name);
    return c == null ? "" : c.getTextContent().trim();
  }
}
