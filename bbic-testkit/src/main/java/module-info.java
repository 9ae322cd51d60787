/**
 * openbbic test kit: seeded generators of valid, coherent BBIC documents and case files, for the
 * library's own tests and for vendors' tests in any framework.
 *
 * @since 0.1
 */
module org.openbbic.testkit {
  requires transitive org.openbbic.forms;

  exports org.openbbic.testkit;
}
