package org.cailiang.cli;

import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;

/** A runtime decision as JSON (see docs/json.md): the runtime's one implementation. */
final class DecisionJson {
  private DecisionJson() {}

  static Map<String, Object> of(Decision decision) {
    return decision.toJsonTree();
  }

  static List<Object> sanctions(List<Sanction> sanctions) {
    return org.cailiang.runtime.internal.DecisionJson.sanctions(sanctions);
  }
}
