package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.Violation;

/**
 * The untyped path for fact maps that leave facts out, deciding as the interpreter's {@code
 * PartialDecision} does. The three-valued tests that learn which missing facts the decision
 * depends on (naming them when any) and whether a tier applies are data, a {@code PartialPlan}
 * read once per class: spelt out as code they were a third of javac's time on a large standard,
 * for a path a complete fact map never takes. When no missing fact is needed the result is the
 * same whatever the missing facts are, so the ordinary typed {@code evaluate} decides on a record
 * holding placeholders for them. Missing booleans are {@code false} there, which is also how
 * contradictions are judged on the facts given.
 */
final class PartialEmitter {
  private final Violation violation;
  private final FactsEmitter facts;
  private final ConditionEmitter conditions;
  private final MemberNames members;
  private final String planField;

  PartialEmitter(Violation violation, FactsEmitter facts, ConditionEmitter conditions, MemberNames members) {
    this.violation = violation;
    this.facts = facts;
    this.conditions = conditions;
    this.members = members;
    this.planField = members.name("#partialPlan", "PARTIAL_PLAN");
  }

  /**
   * The plan's constant, read when the class initialises; after {@code FACT_SPECS}, which it reads.
   *
   * @param withStatute adds the statute's clauses, for the general part's untyped entry
   */
  FieldSpec planField(boolean withStatute) {
    CodeBlock parts = new PartialPlanText(violation, conditions::factIndex).parts(withStatute).stream()
        .map(part -> CodeBlock.of("$S", part))
        .collect(CodeBlock.joining(",\n"));
    return FieldSpec.builder(Runtime.PARTIAL_PLAN, planField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).\n")
        .initializer("$T.of(FACT_SPECS,\n$>$>$L$<$<)", Runtime.PARTIAL_PLAN, parts)
        .build();
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
    method.addStatement("$T facts = $L", facts.factsType(), placeholderFacts());
    // First, as the interpreter does: on placeholders a missing boolean is false, not held.
    rejectContradictions.accept(method);
    List<Handover> endings = violation.endingHandovers();
    if (endings.isEmpty()) {
      method.addStatement("$N.decide(code, FACT_SPECS, reader)", planField);
    } else {
      method.addStatement("int ending = $N.decide(code, FACT_SPECS, reader)", planField);
      for (int i = 0; i < endings.size(); i++) {
        method.beginControlFlow("if (ending == $L)", i)
            .addStatement("return $N[index]", members.name("handover:" + i, null))
            .endControlFlow();
      }
    }
    return method.addStatement("return evaluate(facts)").build();
  }

  private static CodeBlock indices(List<Integer> indices) {
    return indices.stream().map(i -> CodeBlock.of("$L", i)).collect(CodeBlock.joining(", "));
  }

  /** The plan's field name. */
  String planFieldName() {
    return planField;
  }

  /** A {@code Facts} record of the facts {@code reader} holds and placeholders for the missing. */
  CodeBlock placeholderFacts() {
    return CodeBlock.of("new $T($L)", facts.factsType(), placeholders());
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
          return CodeBlock.of("($T) reader.value($L) : $T.values()[0]", facts.enumType(fact), index,
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
