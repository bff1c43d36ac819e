package org.cailiang.runtime;

/** A value of an enumerated fact: its identifier in the source and its official label. */
public interface Labelled {
  /** {@return the identifier used in the standard's source, e.g. {@code individual}} */
  String id();

  /** {@return the official label, e.g. {@code 个人设置}} */
  String label();
}
