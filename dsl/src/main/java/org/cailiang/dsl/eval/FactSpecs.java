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
    if (fact.type() instanceof FactType.Enum e) {
      e.values().forEach(v -> values.add(new Choice(v.id(), v.label())));
    }
    return new FactSpec(fact.id(), fact.label(), runtimeType(fact.type()), values);
  }

  /** The runtime's name for a fact type. */
  public static FactSpec.Type runtimeType(FactType type) {
    return type.accept(new FactType.Visitor<FactSpec.Type>() {
      @Override
      public FactSpec.Type visitEnum(FactType.Enum type) {
        return FactSpec.Type.ENUM;
      }

      @Override
      public FactSpec.Type visitBool(FactType.Bool type) {
        return FactSpec.Type.BOOL;
      }

      @Override
      public FactSpec.Type visitAmount(FactType.Amount type) {
        return FactSpec.Type.AMOUNT;
      }

      @Override
      public FactSpec.Type visitInt(FactType.Int type) {
        return FactSpec.Type.INT;
      }
    });
  }
}
