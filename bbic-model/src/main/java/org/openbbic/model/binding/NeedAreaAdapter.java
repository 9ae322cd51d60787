package org.openbbic.model.binding;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import org.openbbic.model.code.NeedArea;

/**
 * XML binding of a {@link NeedArea} as its stable code; an unknown code is refused.
 *
 * @since 0.1
 */
public final class NeedAreaAdapter extends XmlAdapter<String, NeedArea> {

  @Override
  public NeedArea unmarshal(String code) {
    return code == null ? null : NeedArea.of(code.strip());
  }

  @Override
  public String marshal(NeedArea value) {
    return value == null ? null : value.code();
  }
}
