package org.cailiang.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Validity;

/**
 * The class of a standard: the service that {@link org.cailiang.runtime.Standards} finds, with
 * the standard's metadata and every violation code.
 */
final class StandardEmitter {
  /** Violation classes listed per helper method, far below the 64 KB method limit. */
  static final int VIOLATIONS_PER_METHOD = 500;

  private StandardEmitter() {}

  static TypeSpec emit(Standard standard, ClassName type, List<ClassName> violationTypes) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addJavadoc(docs(standard))
        .addAnnotation(Runtime.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Runtime.STANDARD)
        .addField(constant("ID", standard.id(), "The standard's id."))
        .addField(constant("TITLE", standard.title(), "The standard's official title."))
        .addField(constant("AUTHORITY", standard.authority(), "The issuing authority."))
        .addField(constant("REGION", standard.region(), "The region it applies to."))
        .addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.LIST, Runtime.VIOLATION), "VIOLATIONS",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("collectViolations()")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("For {@link java.util.ServiceLoader}; the class holds no state.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    for (String name : List.of("id", "title", "authority", "region")) {
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addStatement("return $N", name.toUpperCase(java.util.Locale.ROOT))
          .build());
    }
    // Only a later version says what it supersedes, so standards without versions are unchanged.
    standard.supersedes().ifPresent(old -> spec.addMethod(MethodSpec.methodBuilder("supersedes")
        .addJavadoc("The standard this version supersedes: a code both have is decided by date "
            + "({@code Standards.evaluate(code, facts, actDate, decisionDate)}).\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $L", JavaStrings.literal(old.name()))
        .build()));
    addValidity(spec, standard.validity());
    spec.addMethod(MethodSpec.methodBuilder("toString")
        .addJavadoc("The id and the title, e.g. {@code beijing-psb 北京市…基准}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return ID + \" \" + TITLE")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("violations")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Runtime.LIST, Runtime.VIOLATION))
        .addStatement("return VIOLATIONS")
        .build());
    MethodSpec.Builder collect = MethodSpec.methodBuilder("collectViolations")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Runtime.LIST, Runtime.VIOLATION))
        .addStatement("$T<$T> all = new $T<>()", Runtime.LIST, Runtime.VIOLATION, ClassName.get("java.util", "ArrayList"));
    for (int start = 0, n = 0; start < violationTypes.size(); start += VIOLATIONS_PER_METHOD, n++) {
      MethodSpec.Builder part = MethodSpec.methodBuilder("violations" + n)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(ParameterizedTypeName.get(Runtime.LIST, Runtime.VIOLATION), "all");
      for (ClassName violation : violationTypes.subList(start, Math.min(start + VIOLATIONS_PER_METHOD, violationTypes.size()))) {
        part.addStatement("all.addAll($T.CODES)", violation);
      }
      spec.addMethod(part.build());
      collect.addStatement("violations$L(all)", n);
    }
    spec.addMethod(collect.addStatement("return $T.copyOf(all)", Runtime.LIST).build());
    return spec.build();
  }

  /**
   * The version's dates and 文号, for the registry to choose the version in force: public
   * constants and the overrides of what the standard gives only, so undated standards stay as
   * they were.
   */
  private static void addValidity(TypeSpec.Builder spec, Validity validity) {
    addDate(spec, "EFFECTIVE", "effective", validity.effective(),
        "The first day this version is in force (施行).");
    addDate(spec, "REPEALED", "repealed", validity.repealed(),
        "The first day this version is no longer in force (废止).");
    if (!validity.document().isEmpty()) {
      spec.addField(constant("DOCUMENT", validity.document(), "Its 文号."));
      spec.addMethod(MethodSpec.methodBuilder("document")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addStatement("return DOCUMENT")
          .build());
    }
  }

  private static void addDate(TypeSpec.Builder spec, String constant, String method,
      Optional<LocalDate> date, String javadoc) {
    if (date.isEmpty()) {
      return;
    }
    LocalDate day = date.get();
    spec.addField(FieldSpec.builder(LocalDate.class, constant,
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer("$T.of($L, $L, $L)", LocalDate.class, day.getYear(), day.getMonthValue(),
            day.getDayOfMonth())
        .build());
    spec.addMethod(MethodSpec.methodBuilder(method)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Optional.class, LocalDate.class))
        .addStatement("return $T.of($N)", Optional.class, constant)
        .build());
  }

  private static FieldSpec constant(String name, String value, String javadoc) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer(JavaStrings.literal(value))
        .build();
  }

  private static CodeBlock docs(Standard standard) {
    CodeBlock.Builder doc = CodeBlock.builder().add("$L.\n\n", Javadoc.escape(standard.title()));
    if (!standard.authority().isEmpty()) {
      doc.add("<p>制定机关：$L\n", Javadoc.escape(standard.authority()));
    }
    if (!standard.region().isEmpty()) {
      doc.add("<p>适用地区：$L\n", Javadoc.escape(standard.region()));
    }
    standard.effective().ifPresent(date -> doc.add("<p>施行日期：$L\n", date));
    doc.add("<p>实施的法规：\n<ul>\n");
    java.util.Set<String> higherOnly = org.cailiang.dsl.model.HigherLawOnly.of(standard);
    for (Regulation regulation : standard.regulations()) {
      if (higherOnly.contains(regulation.id())) {
        continue;
      }
      doc.add("<li>《$L》\n", Javadoc.escape(regulation.title()));
    }
    return doc.add("</ul>\n").build();
  }
}
