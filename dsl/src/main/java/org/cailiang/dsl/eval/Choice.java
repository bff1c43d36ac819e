package org.cailiang.dsl.eval;

import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.internal.ConstantNamed;

/**
 * An enum value as the interpreter passes it around: its id and label, and the name of its
 * constant in the generated enum, which the untyped path accepts as the generated code does.
 */
record Choice(String id, String label, String constantName) implements Labelled, ConstantNamed {}
