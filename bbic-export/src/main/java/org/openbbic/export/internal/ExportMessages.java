package org.openbbic.export.internal;

import java.io.InputStream;
import org.openbbic.validation.MessageBundle;

/** The export module's message texts (Swedish default, English), read once. Thread-safe. */
public final class ExportMessages {

  private static final MessageBundle BUNDLE = load();

  private ExportMessages() {}

  /** The bundle of every export code's text. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  private static MessageBundle load() {
    InputStream sv =
        ExportMessages.class.getResourceAsStream("/org/openbbic/export/messages.properties");
    InputStream en =
        ExportMessages.class.getResourceAsStream("/org/openbbic/export/messages_en.properties");
    if (sv == null || en == null) {
      throw new IllegalStateException("export message bundles missing");
    }
    return MessageBundle.load(sv, en);
  }
}
