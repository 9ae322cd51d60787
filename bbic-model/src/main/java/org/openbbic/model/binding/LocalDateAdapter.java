package org.openbbic.model.binding;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/**
 * XML binding of {@link LocalDate} as ISO-8601 {@code xs:date} ({@code 2026-11-23}).
 *
 * @since 0.1
 */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

  @Override
  public LocalDate unmarshal(String text) {
    return text == null ? null : LocalDate.parse(text.strip());
  }

  @Override
  public String marshal(LocalDate value) {
    return value == null ? null : value.toString();
  }
}
