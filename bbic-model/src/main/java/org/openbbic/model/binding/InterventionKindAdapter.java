package org.openbbic.model.binding;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import org.openbbic.model.code.InterventionKind;

/**
 * XML binding of an {@link InterventionKind} as its stable code; an unknown code is refused.
 *
 * @since 0.1
 */
public final class InterventionKindAdapter extends XmlAdapter<String, InterventionKind> {

  @Override
  public InterventionKind unmarshal(String code) {
    return code == null ? null : InterventionKind.of(code.strip());
  }

  @Override
  public String marshal(InterventionKind value) {
    return value == null ? null : value.code();
  }
}
