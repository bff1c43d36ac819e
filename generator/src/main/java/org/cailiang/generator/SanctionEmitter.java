package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.List;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Violation;

/**
 * Java expressions that build runtime sanctions. They mirror {@code org.cailiang.dsl.eval.Lowering}
 * one kind for one kind; the differential tests hold the two to the same answers.
 */
final class SanctionEmitter {
  private final LawEmitter law;
  private final Violation violation;
  private final FactsEmitter facts;

  SanctionEmitter(LawEmitter law, Violation violation, FactsEmitter facts) {
    this.law = law;
    this.violation = violation;
    this.facts = facts;
  }

  /**
   * {@code ConstantLists.sanctions(sanction, …)}; {@code factsVariable} is read only by
   * amount-based fines.
   */
  CodeBlock list(List<SanctionSpec> sanctions, String factsVariable) {
    return CodeBlock.of("$T.sanctions(\n$>$L$<)", Runtime.CONSTANT_LISTS,
        sanctions.stream().map(s -> emit(s, factsVariable)).collect(CodeBlock.joining(",\n")));
  }

  CodeBlock emit(SanctionSpec sanction, String factsVariable) {
    return sanction.accept(new Emission(factsVariable));
  }

  /** The expression for one sanction; {@code factsVariable} names the facts in scope. */
  private final class Emission implements SanctionSpec.Visitor<CodeBlock> {
    private final String factsVariable;

    Emission(String factsVariable) {
      this.factsVariable = factsVariable;
    }

    @Override
    public CodeBlock visitWarning(SanctionSpec.Warning s) {
      return CodeBlock.of("new $T.Warning($L)", Runtime.SANCTION, s.optional());
    }

    @Override
    public CodeBlock visitCriticism(SanctionSpec.Criticism s) {
      return CodeBlock.of("new $T.Criticism($L)", Runtime.SANCTION, s.optional());
    }

    @Override
    public CodeBlock visitOrder(SanctionSpec.Order s) {
      return CodeBlock.of("new $T.Order($L)", Runtime.SANCTION, JavaStrings.literal(s.text()));
    }

    @Override
    public CodeBlock visitFine(SanctionSpec.Fine s) {
      return fine(s, factsVariable);
    }

    @Override
    public CodeBlock visitConfiscation(SanctionSpec.Confiscation s) {
      return CodeBlock.of("new $T.Confiscation($L, $L)", Runtime.SANCTION, JavaStrings.literal(s.what()), s.optional());
    }

    @Override
    public CodeBlock visitDetention(SanctionSpec.Detention s) {
      return CodeBlock.of("new $T.Detention($L, $L, $L, $L)", Runtime.SANCTION,
          law.party(s.party().name()), s.minDays(), s.maxDays(), s.optional());
    }

    @Override
    public CodeBlock visitLicence(SanctionSpec.Licence s) {
      return CodeBlock.of("new $T.LicenceAction($T.LicenceAction.Action.$L, $L, $L)", Runtime.SANCTION,
          Runtime.SANCTION, s.revoke() ? "REVOKE" : "SUSPEND", JavaStrings.literal(s.licence()), s.optional());
    }

    @Override
    public CodeBlock visitSuspension(SanctionSpec.Suspension s) {
      return CodeBlock.of("new $T.Suspension($L, $L)", Runtime.SANCTION, JavaStrings.literal(s.text()), s.optional());
    }

    @Override
    public CodeBlock visitReferral(SanctionSpec.Referral s) {
      return CodeBlock.of("new $T.Referral($L)", Runtime.SANCTION, JavaStrings.literal(s.text()));
    }

    @Override
    public CodeBlock visitExempt(SanctionSpec.Exempt s) {
      return CodeBlock.of("new $T.NoPenalty($L, $L)", Runtime.SANCTION, JavaStrings.literal(s.text()), law.citations(s.grounds()));
    }

    @Override
    public CodeBlock visitAlternative(SanctionSpec.Alternative s) {
      return CodeBlock.of("new $T.Alternative($T.sanctions($L), $L)", Runtime.SANCTION, Runtime.CONSTANT_LISTS,
          s.options().stream().map(o -> o.accept(this)).collect(CodeBlock.joining(", ")), s.optional());
    }
  }

  /**
   * For a fine that is a multiple of an amount fact, a {@code Fines.Multiple} built once with
   * everything that does not depend on the amount; {@link #multipleAmount} is what it is
   * applied to per case.
   */
  CodeBlock preparedMultiple(SanctionSpec.Fine fine, SanctionSpec.Multiple multiple) {
    String label = violation.fact(multiple.fact().name()).orElseThrow().label();
    return CodeBlock.of("new $T.Multiple($L, $L, $L, $L, $L, $L, $L)", Runtime.FINES, parties(fine),
        fine.each(), decimal(multiple.minFactor()), decimal(multiple.maxFactor()),
        JavaStrings.literal(label), multiple.percent(), fine.optional());
  }

  /** The amount fact a multiple is taken of, read from {@code factsVariable}. */
  CodeBlock multipleAmount(SanctionSpec.Multiple multiple, String factsVariable) {
    return CodeBlock.of("$N.$N()", factsVariable, facts.component(multiple.fact().name()));
  }

  private CodeBlock parties(SanctionSpec.Fine fine) {
    return CodeBlock.of("$T.parties($L)", Runtime.CONSTANT_LISTS,
        fine.parties().stream().map(Ref::name).map(law::party).collect(CodeBlock.joining(", ")));
  }

  private CodeBlock fine(SanctionSpec.Fine fine, String factsVariable) {
    CodeBlock parties = parties(fine);
    return fine.amount().accept(new SanctionSpec.AmountVisitor<CodeBlock>() {
      @Override
      public CodeBlock visitYuan(SanctionSpec.Yuan yuan) {
        return CodeBlock.of("new $T.Fine($L, $L, $L, null, $L)", Runtime.SANCTION, parties, fine.each(),
            range(yuan.min(), yuan.max()), fine.optional());
      }

      @Override
      public CodeBlock visitMultiple(SanctionSpec.Multiple multiple) {
        String label = violation.fact(multiple.fact().name()).orElseThrow().label();
        return CodeBlock.of("$T.multiple($L, $L, $L, $L, $N.$N(), $L, $L, $L)", Runtime.FINES, parties,
            fine.each(), decimal(multiple.minFactor()), decimal(multiple.maxFactor()), factsVariable,
            facts.component(multiple.fact().name()), JavaStrings.literal(label), multiple.percent(),
            fine.optional());
      }
    });
  }

  private static CodeBlock range(BigDecimal min, BigDecimal max) {
    if (isWhole(min) && isWhole(max)) {
      if (min == null) {
        return CodeBlock.of("$T.atMost($LL)", Runtime.MONEY_RANGE, max.toBigIntegerExact());
      }
      if (max == null) {
        return CodeBlock.of("$T.atLeast($LL)", Runtime.MONEY_RANGE, min.toBigIntegerExact());
      }
      return CodeBlock.of("$T.of($LL, $LL)", Runtime.MONEY_RANGE, min.toBigIntegerExact(), max.toBigIntegerExact());
    }
    return CodeBlock.of("new $T($L, $L)", Runtime.MONEY_RANGE, decimal(min), decimal(max));
  }

  private static boolean isWhole(BigDecimal value) {
    return value == null || value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  private static CodeBlock decimal(BigDecimal value) {
    return value == null ? CodeBlock.of("null") : CodeBlock.of("new $T($S)", Runtime.BIG_DECIMAL, value.toPlainString());
  }
}
