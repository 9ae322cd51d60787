package org.openbbic.spring.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.ValidationReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's own controller: case files in and out as openbbic JSON or XML, through the
 * starter's converter; its own summary written by the application's Jackson (2 on Boot 3, 3 on Boot
 * 4).
 */
@RestController
@RequestMapping("/cases")
public class CaseController {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final BbicValidator validator;

  public CaseController(BbicValidator validator) {
    this.validator = validator;
  }

  // README example: begin
  /** The case file back, in the format asked for, as the configured recipient may see it. */
  @PostMapping(
      path = "/echo",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE},
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE})
  public CaseFile echo(@RequestBody CaseFile caseFile) {
    return caseFile;
  }

  // README example: end

  /**
   * A summary of a case file that the converter accepted: the validator's report at SIGNED, as the
   * application's own JSON.
   */
  @PostMapping(
      path = "/validate",
      consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> validate(@RequestBody CaseFile caseFile) {
    ValidationReport report =
        validator.validateCase(
            caseFile, ValidationLevel.SIGNED, LocalDate.now(SWEDEN), Locale.forLanguageTag("sv"));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("valid", report.isValid());
    summary.put("findings", report.findings().size());
    summary.put("investigations", caseFile.investigations().size());
    return summary;
  }
}
