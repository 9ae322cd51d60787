package org.openbbic.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.forms.protection.Withheld;

/**
 * Counts what a recipient policy withholds from the documents a command writes, and tells it on
 * standard error once at the end: how many fields were withheld and how to show them, or that
 * protected data went out in clear. Counts and policy names only: never a value.
 *
 * <p>One per command run: not thread-safe.
 */
final class Withholding {

  private final RecipientPolicy policy;
  private long withheld;
  private boolean disclosedProtected;

  Withholding(RecipientPolicy policy) {
    this.policy = policy;
  }

  /** The case file or document read as it goes out under the policy, counted. */
  Object apply(Documents.Item item) {
    Object value = item.result().value().orElseThrow();
    Optional<CaseFile> caseFile = item.caseFile();
    Object shown =
        caseFile.isPresent()
            ? policy.applyTo(caseFile.get())
            : policy.applyTo(item.document().orElseThrow());
    withheld += Withheld.pointers(shown).size() - Withheld.pointers(value).size();
    if (policy.showsAllProtectedData() && Withheld.disclosure(shown).isPresent()) {
      disclosedProtected = true;
    }
    return shown;
  }

  /** Tells what was withheld or disclosed, if anything. */
  void tell(PrintWriter err, Locale locale) {
    if (withheld > 0) {
      err.println("bbic: " + Texts.format("cli.withheld", locale, withheld, policy.name()));
    } else if (disclosedProtected) {
      err.println("bbic: " + Texts.format("cli.unmasked", locale, policy.name()));
    }
  }
}
