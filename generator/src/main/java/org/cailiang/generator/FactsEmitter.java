package org.cailiang.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.ConstantNames;

/**
 * The typed inputs of one violation: an enum per enumerated fact and the {@code Facts} record,
 * whose constructor rejects a missing value or a negative amount, naming the fact.
 */
final class FactsEmitter {
  private final Violation violation;
  private final ClassName facts;
  private final MemberNames components = new MemberNames();
  private final Map<String, ClassName> enumTypes = new HashMap<>();
  private final Map<String, MemberNames> enumConstants = new HashMap<>();

  /** @param nestedNames the names already taken inside the violation class */
  FactsEmitter(Violation violation, ClassName violationType, MemberNames nestedNames) {
    this.violation = violation;
    components.reserve(Runtime.SIMPLE_NAMES); // FactChecks.present(…) in the record and its builder
    this.facts = violationType.nestedClass(nestedNames.name("#Facts", "Facts"));
    for (Fact fact : violation.facts()) {
      components.name(fact.id(), JavaNames.member(fact.id()));
      if (fact.type() instanceof FactType.Enum type) {
        enumTypes.put(fact.id(), violationType.nestedClass(nestedNames.name(fact.id(), JavaNames.type(fact.id()))));
        MemberNames constants = new MemberNames();
        // The interpreter reads constant names with the same function (ConstantNames).
        List<String> ids = type.values().stream().map(v -> v.id()).toList();
        List<String> names = ConstantNames.of(ids);
        for (int i = 0; i < ids.size(); i++) {
          constants.name(ids.get(i), names.get(i));
        }
        enumConstants.put(fact.id(), constants);
      }
    }
  }

  ClassName factsType() {
    return facts;
  }

  ClassName enumType(Fact fact) {
    return enumTypes.get(fact.id());
  }

  String enumConstant(Fact fact, String valueId) {
    return enumConstants.get(fact.id()).name(valueId, null);
  }

  String component(String factId) {
    return components.name(factId, null);
  }

  TypeName javaType(Fact fact) {
    return fact.type().accept(new FactType.Visitor<TypeName>() {
      @Override
      public TypeName visitEnum(FactType.Enum type) {
        return enumType(fact);
      }

      @Override
      public TypeName visitBool(FactType.Bool type) {
        return TypeName.BOOLEAN;
      }

      @Override
      public TypeName visitAmount(FactType.Amount type) {
        return Runtime.BIG_DECIMAL;
      }

      @Override
      public TypeName visitInt(FactType.Int type) {
        return TypeName.LONG;
      }
    });
  }

  /** The enum types and the Facts record. */
  List<TypeSpec> types(String codes) {
    List<TypeSpec> types = new ArrayList<>();
    for (Fact fact : violation.facts()) {
      if (fact.type() instanceof FactType.Enum type) {
        types.add(enumSpec(fact, type));
      }
    }
    types.add(recordSpec(codes));
    return types;
  }

  private TypeSpec enumSpec(Fact fact, FactType.Enum type) {
    TypeSpec.Builder spec = TypeSpec.enumBuilder(enumType(fact))
        .addJavadoc("$L（事实 {@code $L} 的取值）.\n", Javadoc.escape(fact.label()), Javadoc.escape(fact.id()))
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Runtime.LABELLED);
    for (EnumValue value : type.values()) {
      spec.addEnumConstant(enumConstant(fact, value.id()),
          TypeSpec.anonymousClassBuilder("$L, $L", JavaStrings.literal(value.id()), JavaStrings.literal(value.label()))
              .addJavadoc("$L.\n", Javadoc.escape(value.label()))
              .build());
    }
    spec.addField(FieldSpec.builder(String.class, "id", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(String.class, "label", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(String.class, "label")
            .addStatement("this.id = id")
            .addStatement("this.label = label")
            .build())
        .addMethod(MethodSpec.methodBuilder("id")
            .addJavadoc("The value's identifier in the standard's source.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return id")
            .build())
        .addMethod(MethodSpec.methodBuilder("label")
            .addJavadoc("The value's official label.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return label")
            .build());
    return spec.build();
  }

  private TypeSpec recordSpec(String codes) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add("The facts of a case of $L, the inputs of its decision.\n\n", Javadoc.escape(codes));
    // The constructor repeats the record's @param lines: doclint wants them on both.
    CodeBlock.Builder params = CodeBlock.builder();
    for (Fact fact : violation.facts()) {
      String name = component(fact.id());
      constructor.addParameter(javaType(fact), name);
      javadoc.add("@param $L $L$L\n", name, Javadoc.escape(fact.label()), describeDomain(fact));
      params.add("@param $L $L$L\n", name, Javadoc.escape(fact.label()), describeDomain(fact));
      CodeBlock id = JavaStrings.literal(fact.id());
      CodeBlock label = JavaStrings.literal(fact.label());
      check(fact).ifPresent(check -> constructor.addStatement(
          "$T.$L($N, $S, $L, $L)", Runtime.FACT_CHECKS, check, name, codes, id, label));
    }
    constructor.addJavadoc("Checks the facts.\n\n$L@throws $T when a fact is missing or out of its domain\n",
        params.build(), ClassName.get(Runtime.PACKAGE, "InvalidFactsException"));
    TypeSpec.Builder record = TypeSpec.recordBuilder(facts)
        .addJavadoc(javadoc.build())
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(constructor.build());
    if (!violation.facts().isEmpty() && builderNameIsFree()) {
      addBuilder(record, codes);
    }
    return record.build();
  }

  /** Whether no component or enum type of the violation is called {@code builder}/{@code Builder}. */
  private boolean builderNameIsFree() {
    for (Fact fact : violation.facts()) {
      if (component(fact.id()).equals("builder")
          || enumType(fact) != null && enumType(fact).simpleName().equals("Builder")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code Facts.builder().setter(Setter.UNIT).harm(false).build()}: the facts by name, for
   * callers who find a positional constructor of several booleans easy to get wrong. A fact not
   * set is missing, as in the untyped path.
   */
  private void addBuilder(TypeSpec.Builder record, String codes) {
    ClassName builder = facts.nestedClass("Builder");
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds {@link $T} by fact name; every fact must be set.\n", facts)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addJavadoc("The facts.\n\n@return the facts\n@throws $T when a fact was not set or is out of its domain\n",
            ClassName.get(Runtime.PACKAGE, "InvalidFactsException"))
        .addModifiers(Modifier.PUBLIC)
        .returns(facts);
    List<CodeBlock> arguments = new ArrayList<>();
    for (Fact fact : violation.facts()) {
      String name = component(fact.id());
      TypeName type = javaType(fact).box();
      spec.addField(FieldSpec.builder(type, name, Modifier.PRIVATE).build());
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addJavadoc("Sets $L.\n\n@param $L the value\n@return this builder\n", Javadoc.escape(fact.label()), name)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(javaType(fact), name)
          .addStatement("this.$N = $N", name, name)
          .addStatement("return this")
          .build());
      arguments.add(CodeBlock.of("$T.present($N, $S, $L, $L)", Runtime.FACT_CHECKS, name, codes,
          JavaStrings.literal(fact.id()), JavaStrings.literal(fact.label())));
    }
    build.addStatement("return new $T($L)", facts, CodeBlock.join(arguments, ",\n"));
    spec.addMethod(build.build());
    record.addType(spec.build());
    record.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder that sets the facts by name.\n\n@return an empty builder\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
  }

  /**
   * The {@code FactChecks} method the record's constructor calls on the fact; none for a
   * boolean, which a primitive holds.
   */
  private static Optional<String> check(Fact fact) {
    return fact.type().accept(new FactType.Visitor<Optional<String>>() {
      @Override
      public Optional<String> visitEnum(FactType.Enum type) {
        return Optional.of("present");
      }

      @Override
      public Optional<String> visitBool(FactType.Bool type) {
        return Optional.empty();
      }

      @Override
      public Optional<String> visitAmount(FactType.Amount type) {
        return Optional.of("amount");
      }

      @Override
      public Optional<String> visitInt(FactType.Int type) {
        return Optional.of("count");
      }
    });
  }

  private static String describeDomain(Fact fact) {
    return fact.type().accept(new FactType.Visitor<String>() {
      @Override
      public String visitEnum(FactType.Enum type) {
        StringBuilder text = new StringBuilder("：");
        type.values().forEach(v -> text.append(text.length() == 1 ? "" : "、").append(Javadoc.escape(v.label())));
        return text.toString();
      }

      @Override
      public String visitBool(FactType.Bool type) {
        return "";
      }

      @Override
      public String visitAmount(FactType.Amount type) {
        return "（元，不为负数）";
      }

      @Override
      public String visitInt(FactType.Int type) {
        return "（整数，不为负数）";
      }
    });
  }
}
