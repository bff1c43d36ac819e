package org.cailiang.dsl.eval;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;

/** The runtime description of a model fact. */
public final class FactSpecs {
  private FactSpecs() {}

  public static FactSpec of(Fact fact) {
    List<Labelled> values = new ArrayList<>();
    FactSpec.Type type;
    if (fact.type() instanceof FactType.Enum e) {
      type = FactSpec.Type.ENUM;
      e.values().forEach(v -> values.add(new Choice(v.id(), v.label())));
    } else if (fact.type() instanceof FactType.Bool) {
      type = FactSpec.Type.BOOL;
    } else if (fact.type() instanceof FactType.Amount) {
      type = FactSpec.Type.AMOUNT;
    } else {
      type = FactSpec.Type.INT;
    }
    return new FactSpec(fact.id(), fact.label(), type, values);
  }
}
