/** A named-module application of a generated standard: no java.compiler, no automatic module. */
module it.app {
  requires it.shop.standards;
  requires org.cailiang.runtime;

  exports it.app;
}
