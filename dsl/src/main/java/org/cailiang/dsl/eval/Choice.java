package org.cailiang.dsl.eval;

import org.cailiang.runtime.Labelled;

/** An enum value as the interpreter passes it around: its id and label. */
record Choice(String id, String label) implements Labelled {}
