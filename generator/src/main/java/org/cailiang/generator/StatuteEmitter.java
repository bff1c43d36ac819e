package org.cailiang.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.eval.Lowering;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Violation;

/**
 * A violation's public {@code statute(Facts)}: what its penalty article allows in a case, as the
 * interpreter's {@link Lowering#statute} lowers it, for the general part's 减轻 below the
 * statutory minimum. When no clause depends on the facts it is one constant.
 */
final class StatuteEmitter {
  static final ClassName STATUTE = ClassName.get(Runtime.PACKAGE, "Statute");

  private final Violation violation;
  private final ConditionEmitter conditions;
  private final SanctionEmitter sanctions;
  private final FactsEmitter facts;
  private final MemberNames members;

  StatuteEmitter(Violation violation, ConditionEmitter conditions, SanctionEmitter sanctions,
      FactsEmitter facts, MemberNames members) {
    this.violation = violation;
    this.conditions = conditions;
    this.sanctions = sanctions;
    this.facts = facts;
    this.members = members;
  }

  /** Adds the method (and its constant) to the violation class; returns the method's name. */
  String addTo(TypeSpec.Builder spec) {
    String method = members.name("#statute", "statute");
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method)
        .addJavadoc("What the penalty article allows in this case: the general part reduces "
            + "(\u51cf\u8f7b) below its minimum. For the general part's {@code decide} with a "
            + "table decision of this violation.\n\n"
            + "@param facts the facts of the case\n"
            + "@return the sanctions of the clauses that hold\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(STATUTE)
        .addParameter(facts.factsType(), "facts");
    List<StatuteClause> clauses = violation.statute();
    boolean constant = clauses.stream().allMatch(c -> c.condition() instanceof Condition.Always
        && Lowering.isConstant(c.sanction()));
    if (clauses.isEmpty()) {
      builder.addStatement("return $T.UNDECLARED", STATUTE);
    } else if (constant) {
      String field = members.name("#STATUTE", "STATUTE");
      List<CodeBlock> allowed = new ArrayList<>();
      clauses.forEach(c -> allowed.add(sanctions.emit(c.sanction(), "facts")));
      spec.addField(FieldSpec.builder(STATUTE, field, Modifier.PRIVATE, Modifier.STATIC,
              Modifier.FINAL)
          .initializer("$T.of($T.of(\n$>$L$<))", STATUTE, Runtime.LIST,
              CodeBlock.join(allowed, ",\n"))
          .build());
      builder.addStatement("return $N", field);
    } else {
      // Null facts get the message evaluate gives, not a NullPointerException from in here.
      builder.addStatement("$T.present(facts, $S, $S, $S)", Runtime.FACT_CHECKS,
          violation.codes().toString(), "facts", "案件事实");
      builder.addStatement("$T<$T> allowed = new $T<>()", Runtime.LIST, Runtime.SANCTION,
          ClassName.get("java.util", "ArrayList"));
      for (StatuteClause clause : clauses) {
        CodeBlock sanction = sanctions.emit(clause.sanction(), "facts");
        if (clause.condition() instanceof Condition.Always) {
          builder.addStatement("allowed.add($L)", sanction);
        } else {
          builder.beginControlFlow("if ($L)", conditions.emitTop(clause.condition(), "facts"))
              .addStatement("allowed.add($L)", sanction)
              .endControlFlow();
        }
      }
      builder.addStatement("return $T.of(allowed)", STATUTE);
    }
    spec.addMethod(builder.build());
    return method;
  }
}
