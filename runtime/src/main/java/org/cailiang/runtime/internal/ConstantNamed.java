package org.cailiang.runtime.internal;

/**
 * An enum value that is no Java enum (the interpreter's) but answers to the constant name the
 * generated enum would give it, so that {@link FactReader} reads {@code "UNIT"} alike for both.
 * Not API.
 */
public interface ConstantNamed {
  /** {@return the name of the value's constant in the generated enum} */
  String constantName();
}
