package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Violation;

/**
 * The untyped path's fast read: a map that gives every fact, and nothing else, each as its Java
 * type or its plain text, is decided with one {@code get} per fact and no reader, enum values
 * found by a {@code switch} on the string and the rest by {@code QuickFacts}. Any other map
 * (a fact left out, an unknown key, a padded or invalid value) falls through to the reader,
 * which decides as before and names every problem; the quick read accepts only values the
 * reader would read the same, so both paths give the same decision.
 */
final class QuickReadEmitter {
  /**
   * Enums of more values are read by the reader alone: a {@code switch} over their spellings
   * (three per value) would pass the JVM's 64 KB limit on a method long before a thousand.
   */
  static final int MAX_SWITCHED_VALUES = 64;

  private final Violation violation;
  private final FactsEmitter facts;
  private final MemberNames members;
  private final List<MethodSpec> helpers = new ArrayList<>();

  QuickReadEmitter(Violation violation, FactsEmitter facts, MemberNames members) {
    this.violation = violation;
    this.facts = facts;
    this.members = members;
  }

  /** The methods reading enum values by their spellings, one per enum fact. */
  List<MethodSpec> helpers() {
    return List.copyOf(helpers);
  }

  /** Statements over the parameter {@code facts} that return the decision when read quickly. */
  CodeBlock quickPath() {
    List<Fact> all = violation.facts();
    CodeBlock.Builder code = CodeBlock.builder()
        .add("// Every fact given, as its type or its plain text: read without the reader.\n")
        .beginControlFlow("if (facts != null && facts.size() == $L)", all.size());
    List<CodeBlock> readable = new ArrayList<>();
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Fact fact = all.get(i);
      String local = "value" + i;
      CodeBlock raw = CodeBlock.of("facts.get($L)", JavaStrings.literal(fact.id()));
      if (fact.type() instanceof FactType.Enum type) {
        code.addStatement("$T $N = $N($L)", facts.enumType(fact), local, enumReader(fact, type), raw);
        readable.add(CodeBlock.of("$N != null", local));
        arguments.add(CodeBlock.of("$N", local));
      } else if (fact.type() instanceof FactType.Bool) {
        code.addStatement("int $N = $T.bool($L)", local, Runtime.QUICK_FACTS, raw);
        readable.add(CodeBlock.of("$N != $T.NOT_READ", local, Runtime.QUICK_FACTS));
        arguments.add(CodeBlock.of("$N == 1", local));
      } else if (fact.type() instanceof FactType.Amount) {
        code.addStatement("$T $N = $T.amount($L)", Runtime.BIG_DECIMAL, local, Runtime.QUICK_FACTS, raw);
        readable.add(CodeBlock.of("$N != null", local));
        arguments.add(CodeBlock.of("$N", local));
      } else {
        code.addStatement("long $N = $T.count($L)", local, Runtime.QUICK_FACTS, raw);
        readable.add(CodeBlock.of("$N != $T.NOT_READ", local, Runtime.QUICK_FACTS));
        arguments.add(CodeBlock.of("$N", local));
      }
    }
    CodeBlock decide = CodeBlock.of("return evaluate(new $T($L))", facts.factsType(),
        CodeBlock.join(arguments, ", "));
    if (readable.isEmpty()) {
      code.addStatement(decide);
    } else {
      code.beginControlFlow("if ($L)", CodeBlock.join(readable, " && "))
          .addStatement(decide)
          .endControlFlow();
    }
    return code.endControlFlow().build();
  }

  /**
   * A method reading the enum fact's value from itself or from the exact string of its id, its
   * label or its constant name, in that order of precedence as the reader's; null otherwise.
   * Past {@link #MAX_SWITCHED_VALUES} values, only the constant itself is read quickly.
   */
  private String enumReader(Fact fact, FactType.Enum type) {
    String name = members.name("quickRead:" + fact.id(), "quick" + facts.enumType(fact).simpleName());
    // Each spelling goes to the value the reader would find first: ids, then labels, then names.
    Map<String, String> valueOfSpelling = new LinkedHashMap<>();
    type.values().forEach(value -> valueOfSpelling.putIfAbsent(value.id(), value.id()));
    type.values().forEach(value -> valueOfSpelling.putIfAbsent(value.label(), value.id()));
    type.values().forEach(value ->
        valueOfSpelling.putIfAbsent(facts.enumConstant(fact, value.id()), value.id()));
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(facts.enumType(fact))
        .addParameter(Object.class, "raw");
    if (type.values().size() > MAX_SWITCHED_VALUES) {
      helpers.add(method
          .addJavadoc("The value of fact {@code $L} given as itself; null for anything else, which the\n"
              + "reader then reads or rejects (too many values for a {@code switch} on their texts).\n",
              Javadoc.escape(fact.id()))
          .addStatement("return raw instanceof $T value ? value : null", facts.enumType(fact))
          .build());
      return name;
    }
    CodeBlock.Builder cases = CodeBlock.builder();
    for (EnumValue value : type.values()) {
      List<CodeBlock> spellings = new ArrayList<>();
      valueOfSpelling.forEach((spelling, valueId) -> {
        if (valueId.equals(value.id())) {
          spellings.add(JavaStrings.literal(spelling));
        }
      });
      cases.add("case $L -> $T.$N;\n", CodeBlock.join(spellings, ", "), facts.enumType(fact),
          facts.enumConstant(fact, value.id()));
    }
    helpers.add(method
        .addJavadoc("The value of fact {@code $L} given as itself or as the exact text of its id, label\n"
            + "or constant name; null for anything else, which the reader then reads or rejects.\n",
            Javadoc.escape(fact.id()))
        .beginControlFlow("if (raw instanceof $T text)", String.class)
        .addCode("return switch (text) {\n$>$Ldefault -> null;\n$<};\n", cases.build())
        .endControlFlow()
        .addStatement("return raw instanceof $T value ? value : null", facts.enumType(fact))
        .build());
    return name;
  }
}
