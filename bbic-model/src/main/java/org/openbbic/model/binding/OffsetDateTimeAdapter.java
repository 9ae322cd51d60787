package org.openbbic.model.binding;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * XML binding of {@link OffsetDateTime} as ISO-8601 {@code xs:dateTime} with its offset ({@code
 * 2026-11-23T09:15:00+01:00}). The offset is kept as written, so a value round-trips unchanged.
 *
 * @since 0.1
 */
public final class OffsetDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

  @Override
  public OffsetDateTime unmarshal(String text) {
    return text == null ? null : OffsetDateTime.parse(text.strip());
  }

  @Override
  public String marshal(OffsetDateTime value) {
    // ISO_OFFSET_DATE_TIME always writes the seconds; toString() drops ":00", which xs:dateTime
    // does not accept.
    return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }
}
