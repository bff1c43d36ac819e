/**
 * The runtime of generated cailiang evaluators: decisions, sanctions, exact money and the
 * registry that finds generated standards on the class path. It has no dependencies.
 */
module org.cailiang.runtime {
  exports org.cailiang.runtime;

  uses org.cailiang.runtime.Standard;
}
