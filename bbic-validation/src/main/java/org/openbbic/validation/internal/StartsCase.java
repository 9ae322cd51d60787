package org.openbbic.validation.internal;

import org.openbbic.forms.Application;
import org.openbbic.forms.Report;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;

/** The kinds of document that open a case: an anmälan (report) or an application. */
final class StartsCase {

  private static final DocumentKind<Report> REPORT = BbicModel.get().kind(Report.class);
  private static final DocumentKind<Application> APPLICATION =
      BbicModel.get().kind(Application.class);

  private StartsCase() {}

  /** Whether documents of {@code kind} open a case. */
  static boolean of(DocumentKind<?> kind) {
    return kind == REPORT || kind == APPLICATION;
  }
}
