package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The untyped path for fact maps that leave facts out, deciding as the interpreter's {@code
 * PartialDecision} does. It runs the Kleene three-valued tests only to learn which missing facts
 * the decision depends on (naming them when any) and whether a tier applies; when none is
 * needed the result is the same whatever the missing facts are, so the ordinary typed {@code
 * evaluate} decides on a record holding placeholders for them. Missing booleans are {@code
 * false} there, which is also how contradictions are judged on the facts given.
 */
final class PartialEmitter {
  private final Violation violation;
  private final FactsEmitter facts;
  private final ConditionEmitter conditions;
  private final MemberNames members;
  private final List<MethodSpec> helpers = new ArrayList<>();

  PartialEmitter(Violation violation, FactsEmitter facts, ConditionEmitter conditions, MemberNames members) {
    this.violation = violation;
    this.facts = facts;
    this.conditions = conditions;
    this.members = members;
  }

  /** The helper methods, one per tier, that the partial method calls. */
  List<MethodSpec> helpers() {
    return List.copyOf(helpers);
  }

  /**
   * The method deciding on a reader with missing facts.
   *
   * @param rejectContradictions adds the typed path's contradiction checks over {@code facts}
   */
  MethodSpec method(String name, Consumer<MethodSpec.Builder> rejectContradictions) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("Decides with facts left out, as the interpreter does: refused naming the missing facts\n"
            + "the result depends on, else decided on placeholders for them.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(Runtime.DECISION)
        .addParameter(Runtime.FACT_READER, "reader");
    // 互斥: beside an exclusive fact that holds, one left out is false (as PartialDecision reads it).
    for (Exclusive exclusive : violation.exclusives()) {
      method.addStatement("reader = $T.exclusive(reader, FACT_SPECS, $L)", Runtime.PARTIAL_FACTS,
          indices(exclusive.factIds().stream().map(conditions::factIndex).toList()));
    }
    method.addStatement("$T facts = new $T($L)", facts.factsType(), facts.factsType(), placeholders());
    // First, as the interpreter does: on placeholders a missing boolean is false, not held.
    rejectContradictions.accept(method);
    method.addStatement("$T partial = new $T(code, FACT_SPECS, reader)", Runtime.PARTIAL_FACTS, Runtime.PARTIAL_FACTS)
        .addStatement("byte value");
    List<Handover> endings = violation.endingHandovers();
    for (int i = 0; i < endings.size(); i++) {
      Condition trigger = endings.get(i).trigger().orElseThrow();
      method.addStatement("value = $L", conditions.emitThreeValued(trigger, "facts", "reader"))
          .beginControlFlow("if (value == $T.UNKNOWN)", Runtime.PARTIAL_FACTS)
          .addStatement("partial.need($L)", indices(conditions.factsRead(trigger)))
          .nextControlFlow("else if (value == $T.TRUE && partial.noneNeeded())", Runtime.PARTIAL_FACTS)
          .addStatement("return $N[index]", members.name("handover:" + i, null))
          .endControlFlow();
    }
    method.addStatement("boolean chosen = false");
    List<Tier> tried = violation.triedTiers();
    if (tried.size() <= TIERS_PER_METHOD) {
      for (Tier tier : tried) {
        method.beginControlFlow("if (!chosen)").addStatement("chosen = $L", tierTest(tier)).endControlFlow();
      }
    } else {
      for (int from = 0; from < tried.size(); from += TIERS_PER_METHOD) {
        String chunk = tierChunk(from / TIERS_PER_METHOD, tried.subList(from, Math.min(tried.size(), from + TIERS_PER_METHOD)));
        method.beginControlFlow("if (!chosen)").addStatement("chosen = $N(facts, reader, partial)", chunk).endControlFlow();
      }
    }
    Optional<Tier> otherwise = violation.otherwise();
    otherwise.ifPresent(tier -> {
      CodeBlock.Builder sanctions = CodeBlock.builder();
      sanctionNeeds(tier, sanctions::add);
      if (!sanctions.isEmpty()) {
        method.beginControlFlow("if (!chosen)").addCode(sanctions.build()).endControlFlow();
      }
    });
    for (Handover handover : violation.besideHandovers()) {
      Condition trigger = handover.trigger().orElseThrow();
      method.beginControlFlow("if ($L == $T.UNKNOWN)", conditions.emitThreeValued(trigger, "facts", "reader"),
              Runtime.PARTIAL_FACTS)
          .addStatement("partial.need($L)", indices(conditions.factsRead(trigger)))
          .endControlFlow();
    }
    method.addStatement("partial.requireNoneNeeded()");
    if (otherwise.isEmpty()) {
      method.beginControlFlow("if (!chosen)")
          .addStatement("throw new $T(code, $T.describe(FACT_SPECS, partial.values()))", Runtime.NO_TIER,
              Runtime.FACT_SPEC)
          .endControlFlow();
    }
    return method.addStatement("return evaluate(facts)").build();
  }

  /**
   * Whether one tier applies, tested three-valued: true when it does; when it may, the missing
   * facts of its test and of its sanctions are needed. Inline when the sanctions need nothing
   * (most tiers: a method per tier was a fifth of javac's time on a large standard).
   */
  private CodeBlock tierTest(Tier tier) {
    CodeBlock.Builder sanctions = CodeBlock.builder();
    sanctionNeeds(tier, sanctions::add);
    if (!sanctions.isEmpty()) {
      return CodeBlock.of("$N(facts, reader, partial)", tierHelper(tier));
    }
    return CodeBlock.of("partial.applies($L, $L)", conditions.emitThreeValued(tier.condition(), "facts", "reader"),
        indices(conditions.factsRead(tier.condition())));
  }

  /** The tiers of a large violation tested in methods of this many, each well inside the JVM's size limit. */
  private static final int TIERS_PER_METHOD = 64;

  /** A method testing a run of tiers in order: true as soon as one applies. */
  private String tierChunk(int number, List<Tier> tiers) {
    String name = members.name("#partialTiers:" + number, "partialTiers" + number);
    MethodSpec.Builder chunk = MethodSpec.methodBuilder(name)
        .addJavadoc("Whether one of tiers $L to $L applies on facts left out, noting the missing facts they need.\n",
            Javadoc.escape(tiers.get(0).suffix()), Javadoc.escape(tiers.get(tiers.size() - 1).suffix()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(facts.factsType(), "facts")
        .addParameter(Runtime.FACT_READER, "reader")
        .addParameter(Runtime.PARTIAL_FACTS, "partial");
    for (Tier tier : tiers) {
      chunk.beginControlFlow("if ($L)", tierTest(tier)).addStatement("return true").endControlFlow();
    }
    helpers.add(chunk.addStatement("return false").build());
    return name;
  }

  /** A method testing one tier whose sanctions need facts of their own. */
  private String tierHelper(Tier tier) {
    String name = members.name("#partialTier:" + tier.suffix(), "partialTier" + JavaNames.type(tier.suffix()));
    MethodSpec.Builder helper = MethodSpec.methodBuilder(name)
        .addJavadoc("Whether tier $L applies on facts left out, noting the missing facts it needs.\n",
            Javadoc.escape(tier.suffix()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(facts.factsType(), "facts")
        .addParameter(Runtime.FACT_READER, "reader")
        .addParameter(Runtime.PARTIAL_FACTS, "partial")
        .addStatement("byte value = $L", conditions.emitThreeValued(tier.condition(), "facts", "reader"))
        .beginControlFlow("if (value == $T.FALSE)", Runtime.PARTIAL_FACTS)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("boolean applies = value == $T.TRUE", Runtime.PARTIAL_FACTS)
        .beginControlFlow("if (!applies)")
        .addStatement("partial.need($L)", indices(conditions.factsRead(tier.condition())))
        .endControlFlow();
    sanctionNeeds(tier, helper::addCode);
    helpers.add(helper.addStatement("return applies").build());
    return name;
  }

  /**
   * Statements noting what a tier's sanctions need: the missing facts of an undecided {@code
   * when}, and the amount a fine multiplies when the sanction may be imposed.
   */
  private void sanctionNeeds(Tier tier, Consumer<CodeBlock> code) {
    for (int i = 0; i < tier.sanctions().size(); i++) {
      List<Integer> amounts = new ArrayList<>(amountsRead(tier.sanctions().get(i), new TreeSet<>()));
      Optional<Condition> when = tier.sanctionCondition(i);
      if (when.isEmpty()) {
        if (!amounts.isEmpty()) {
          code.accept(CodeBlock.of("partial.need($L);\n", indices(amounts)));
        }
        continue;
      }
      String variable = "when" + i;
      CodeBlock.Builder block = CodeBlock.builder()
          .addStatement("byte $N = $L", variable, conditions.emitThreeValued(when.get(), "facts", "reader"))
          .beginControlFlow("if ($N == $T.UNKNOWN)", variable, Runtime.PARTIAL_FACTS)
          .addStatement("partial.need($L)", indices(conditions.factsRead(when.get())))
          .endControlFlow();
      if (!amounts.isEmpty()) {
        block.beginControlFlow("if ($N != $T.FALSE)", variable, Runtime.PARTIAL_FACTS)
            .addStatement("partial.need($L)", indices(amounts))
            .endControlFlow();
      }
      code.accept(block.build());
    }
  }

  /** The positions of the amount facts a fine multiplies, in an alternative too. */
  private TreeSet<Integer> amountsRead(SanctionSpec sanction, TreeSet<Integer> read) {
    if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Multiple multiple) {
      read.add(conditions.factIndex(multiple.fact().name()));
    } else if (sanction instanceof SanctionSpec.Alternative alternative) {
      alternative.options().forEach(option -> amountsRead(option, read));
    }
    return read;
  }

  private static CodeBlock indices(List<Integer> indices) {
    return indices.stream().map(i -> CodeBlock.of("$L", i)).collect(CodeBlock.joining(", "));
  }

  /** Each fact as given, or a placeholder of its type when missing. */
  private CodeBlock placeholders() {
    List<CodeBlock> values = new ArrayList<>();
    List<Fact> all = violation.facts();
    for (int i = 0; i < all.size(); i++) {
      Fact fact = all.get(i);
      int index = i;
      CodeBlock read = fact.type().accept(new FactType.Visitor<CodeBlock>() {
        @Override
        public CodeBlock visitEnum(FactType.Enum type) {
          return CodeBlock.of("reader.enumValue($L, $T.class) : $T.values()[0]", index, facts.enumType(fact),
              facts.enumType(fact));
        }

        @Override
        public CodeBlock visitBool(FactType.Bool type) {
          return CodeBlock.of("reader.bool($L) : false", index);
        }

        @Override
        public CodeBlock visitAmount(FactType.Amount type) {
          return CodeBlock.of("reader.amount($L) : $T.ZERO", index, Runtime.BIG_DECIMAL);
        }

        @Override
        public CodeBlock visitInt(FactType.Int type) {
          return CodeBlock.of("reader.integer($L) : 0L", index);
        }
      });
      values.add(CodeBlock.of("reader.value($L) != null ? $L", i, read));
    }
    return CodeBlock.join(values, ",\n");
  }
}
