package org.openbbic.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the bash/zsh completion script of the distribution with picocli's generator (run by the
 * build). picocli names a shell variable after an option's parameter label, and bash accepts only
 * ASCII names: a Swedish label such as {@code NIVÅ} is written {@code NIVA} there (the options and
 * values completed are unchanged).
 */
public final class CompletionScript {

  private static final Pattern VARIABLE = Pattern.compile("[\\p{L}\\p{N}_]+_option_args");

  private CompletionScript() {}

  public static void main(String[] args) throws IOException {
    String script = AutoComplete.bash("bbic", new CommandLine(new BbicCli()));
    Matcher m = VARIABLE.matcher(script);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ascii =
          Normalizer.normalize(m.group(), Normalizer.Form.NFD).replaceAll("[^\\x00-\\x7F]", "");
      m.appendReplacement(out, Matcher.quoteReplacement(ascii));
    }
    m.appendTail(out);
    Path target = Path.of(args[0]);
    Files.createDirectories(target.getParent());
    Files.writeString(target, out, StandardCharsets.UTF_8);
  }
}
