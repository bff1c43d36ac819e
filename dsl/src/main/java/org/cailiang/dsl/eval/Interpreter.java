package org.cailiang.dsl.eval;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.Violation;

/** Makes checked model standards evaluable through the runtime's interfaces. */
public final class Interpreter {
  private Interpreter() {}

  /** A registry of the standards, each evaluated by interpreting the model. */
  public static org.cailiang.runtime.Standards standards(List<org.cailiang.dsl.model.Standard> standards) {
    return org.cailiang.runtime.Standards.of(
        standards.stream().map(Interpreter::standard).toArray(org.cailiang.runtime.Standard[]::new));
  }

  /** A runtime standard that evaluates by interpreting the model. */
  public static org.cailiang.runtime.Standard standard(org.cailiang.dsl.model.Standard standard) {
    List<org.cailiang.runtime.Violation> violations = new ArrayList<>();
    for (Violation violation : standard.violations()) {
      for (String code : violation.codes().codes()) {
        violations.add(new InterpretedViolation(standard, violation, code));
      }
    }
    List<org.cailiang.runtime.Violation> all = List.copyOf(violations);
    return new org.cailiang.runtime.Standard() {
      @Override
      public String id() {
        return standard.id();
      }

      @Override
      public String title() {
        return standard.title();
      }

      @Override
      public String authority() {
        return standard.authority();
      }

      @Override
      public String region() {
        return standard.region();
      }

      @Override
      public String supersedes() {
        return standard.supersedes().map(org.cailiang.dsl.model.Ref::name).orElse("");
      }

      @Override
      public java.util.Optional<java.time.LocalDate> effective() {
        return standard.validity().effective();
      }

      @Override
      public java.util.Optional<java.time.LocalDate> repealed() {
        return standard.validity().repealed();
      }

      @Override
      public String document() {
        return standard.validity().document();
      }

      @Override
      public List<org.cailiang.runtime.Violation> violations() {
        return all;
      }
    };
  }
}
