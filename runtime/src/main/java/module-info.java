/**
 * The runtime of generated cailiang evaluators: decisions, sanctions, exact money and the
 * registry that finds generated standards on the class path. It has no dependencies.
 */
module org.cailiang.runtime {
  exports org.cailiang.runtime;
  // Not API (see its package-info): exported because generated code in the consumer's module
  // calls it.
  exports org.cailiang.runtime.internal;

  uses org.cailiang.runtime.Standard;
}
