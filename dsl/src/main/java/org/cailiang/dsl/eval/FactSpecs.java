package org.cailiang.dsl.eval;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.internal.ConstantNames;

/** The runtime description of a model fact. */
public final class FactSpecs {
  private FactSpecs() {}

  public static FactSpec of(Fact fact) {
    List<Labelled> values = new ArrayList<>();
    if (fact.type() instanceof FactType.Enum e) {
      List<String> names = ConstantNames.of(e.values().stream().map(v -> v.id()).toList());
      for (int i = 0; i < e.values().size(); i++) {
        values.add(new Choice(e.values().get(i).id(), e.values().get(i).label(), names.get(i)));
      }
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
