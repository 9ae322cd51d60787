/**
 * openbbic examples: small programs that vendors copy from. Run on the module path by the build, so
 * they also prove the library's module descriptors.
 */
module org.openbbic.examples {
  requires org.openbbic.forms;
  requires org.openbbic.validation;
  requires org.openbbic.export;
}
