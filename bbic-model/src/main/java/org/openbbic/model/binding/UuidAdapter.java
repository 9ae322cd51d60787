package org.openbbic.model.binding;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.util.UUID;

/**
 * XML binding of {@link UUID} in its canonical lower-case 36-character form.
 *
 * @since 0.1
 */
public final class UuidAdapter extends XmlAdapter<String, UUID> {

  @Override
  public UUID unmarshal(String text) {
    return text == null ? null : UUID.fromString(text.strip());
  }

  @Override
  public String marshal(UUID value) {
    return value == null ? null : value.toString();
  }
}
