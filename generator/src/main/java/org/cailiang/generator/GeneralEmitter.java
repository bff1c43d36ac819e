package org.cailiang.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.GeneralRules;

/**
 * The class of the general part (总则) a standard uses: its circumstances as an enum, the rules as
 * one constant of the runtime's {@link GeneralRules} (thresholds, fractions and citations
 * written out as literals), and the typed entries that decide through it. The values are the
 * interpreter's own ({@link GeneralLowering}), so both decide alike.
 */
final class GeneralEmitter {
  static final ClassName RULES = ClassName.get(Runtime.PACKAGE, "GeneralRules");
  static final ClassName FACTS = ClassName.get(Runtime.PACKAGE, "GeneralFacts");
  static final ClassName CASE_DECISION = ClassName.get(Runtime.PACKAGE, "CaseDecision");
  static final ClassName OUTCOMES = ClassName.get(Runtime.PACKAGE, "GeneralOutcomes");
  static final ClassName EFFECT = ClassName.get(Runtime.PACKAGE, "GeneralEffect");
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);

  private GeneralEmitter() {}

  /**
   * @param codes the codes and code ranges ({@code first..last}) of the violations the class
   *     serves when it serves only some of the standard's; empty when it serves them all
   */
  static TypeSpec emit(Standard standard, Generals.Scope scope, ClassName type, List<String> codes) {
    GeneralRules rules = GeneralLowering.rules(standard, scope.part());
    ClassName circumstance = type.nestedClass("Circumstance");
    String regulations = scope.regulations().stream().map(r -> "《" + r.title() + "》")
        .collect(java.util.stream.Collectors.joining("、"));
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addJavadoc("总则：$L（标准 $L 适用）.\n\n<p>适用于$L的违法行为。\n\n<p>$L\n",
            Javadoc.escape(rules.title()), Javadoc.escape(standard.id()),
            Javadoc.escape(regulations),
            "The general circumstances as {@link Circumstance}, the rules as {@link #RULES}; "
                + "{@link #decide} applies them to a table decision.")
        .addAnnotation(Runtime.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addType(circumstances(rules, circumstance))
        .addField(FieldSpec.builder(RULES, "RULES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The general part's rules, as the standard declares them.\n")
            .initializer(rulesLiteral(rules))
            .build())
        .addField(FieldSpec.builder(OUTCOMES, "OUTCOMES", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The outcomes of cases without general facts, remembered: no allocation.\n")
            .initializer(codes.isEmpty()
                ? CodeBlock.of("new $T(RULES, $L)", OUTCOMES, JavaStrings.literal(standard.id()))
                : CodeBlock.of("new $T(RULES, $L,\n$>$>$T.set($L),\n$L$<$<)", OUTCOMES,
                    JavaStrings.literal(standard.id()), Runtime.CODES, codeTexts(codes),
                    JavaStrings.literal(regulations)))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("facts")
            .addJavadoc("The general facts with these circumstances, no dates, no proposed fine.\n\n"
                + "@param circumstances the circumstances that hold\n"
                + "@return the facts, for {@link #decide} or a violation's {@code evaluate}\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .varargs(true)
            .addParameter(ArrayTypeName.of(circumstance), "circumstances")
            .returns(FACTS)
            .addStatement("$T.requireNonNull(circumstances, $S)", java.util.Objects.class,
                "circumstances 为 null：没有情节时不传参数，或用 GeneralFacts.NONE")
            .addStatement("$T<$T> ids = new $T<>()", java.util.Set.class, String.class,
                java.util.LinkedHashSet.class)
            .beginControlFlow("for ($T circumstance : circumstances)", circumstance)
            .addStatement("ids.add($T.requireNonNull(circumstance, $S).id())",
                java.util.Objects.class, "情节中有 null")
            .endControlFlow()
            .addStatement("return $T.of(ids)", FACTS)
            .build())
        .addMethod(MethodSpec.methodBuilder("decide")
            .addJavadoc("The outcome of a table decision under the general part, without the statute: 减轻 has no "
                + "statutory minimum to go below and is left to the officer (see {@code unresolved()}); a violation's "
                + "{@code evaluate(…, GeneralFacts)} or the three-argument {@code decide} computes it.\n\n"
                + "@param decision the decision of one of the standard's violations\n"
                + "@param facts the general circumstances, dates and proposed fine\n"
                + "@return the outcome: steps, options, procedure flags, limitation, explanation\n"
                + "@throws $T when a circumstance is not declared or the proposed fine cannot be "
                + "imposed\n"
                + "@throws $T when the discovery is before the act\n", Runtime.INVALID_GENERAL_FACTS,
                Runtime.INVALID_DATES)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Runtime.DECISION, "decision")
            .addParameter(FACTS, "facts")
            .returns(CASE_DECISION)
            .addStatement("return OUTCOMES.decide(decision, facts)")
            .build())
        .addMethod(MethodSpec.methodBuilder("decide")
            .addJavadoc("The outcome of a table decision under the general part, reducing "
                + "(\u51cf\u8f7b) below the minimum of what the violation's statute allows.\n\n"
                + "@param decision the decision of one of the standard's violations\n"
                + "@param facts the general circumstances, dates and proposed fine\n"
                + "@param statute what the violation's statute allows in the case\n"
                + "@return the outcome: steps, options, procedure flags, limitation, explanation\n"
                + "@throws $T when a circumstance is not declared or the proposed fine cannot be "
                + "imposed\n"
                + "@throws $T when the discovery is before the act\n", Runtime.INVALID_GENERAL_FACTS,
                Runtime.INVALID_DATES)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Runtime.DECISION, "decision")
            .addParameter(FACTS, "facts")
            .addParameter(StatuteEmitter.STATUTE, "statute")
            .returns(CASE_DECISION)
            .addStatement("return OUTCOMES.decide(decision, facts, statute)")
            .build());
    return spec.build();
  }

  /**
   * The codes as texts of at most a few thousand chars each: one string constant holds at most
   * 65,535 bytes, and an argument per code would fill the class initialiser of a large standard.
   */
  static CodeBlock codeTexts(List<String> codes) {
    List<CodeBlock> texts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String code : codes) {
      if (text.length() + code.length() >= 4_000) {
        texts.add(CodeBlock.of("$S", text.toString()));
        text.setLength(0);
      }
      text.append(text.length() == 0 ? "" : " ").append(code);
    }
    texts.add(CodeBlock.of("$S", text.toString()));
    return CodeBlock.join(texts, ",\n");
  }

  /**
   * What the untyped entry with general facts calls in the violation class.
   *
   * @param factsFromReader the {@code Facts} record read from a complete {@code reader}
   * @param partialMethod the method deciding on a {@code reader} with facts left out
   * @param planField the violation's {@code PartialPlan}
   * @param placeholderFacts a {@code Facts} record of the facts given and placeholders for the rest
   */
  record UntypedEntry(CodeBlock factsFromReader, String partialMethod, String planField,
      CodeBlock placeholderFacts, Optional<Exclusions> exclusions) {}

  /**
   * A violation's {@code CIRCUMSTANCE_EXCLUSIONS}: whether a fact, by id ({@code id}), is true on
   * the typed {@code facts} and on the {@code reader}.
   */
  record Exclusions(CodeBlock typed, CodeBlock read) {}

  /**
   * The violation class with {@code evaluate(Facts, GeneralFacts)} added: the typed entry that
   * decides with the general part. The allocation-free {@code evaluate(Facts)} stays as it is.
   */
  static TypeSpec withGeneralEntry(TypeSpec violation, ClassName general, String statute,
      Optional<String> plainOutcome, UntypedEntry untyped) {
    TypeName facts = violation.methodSpecs().stream()
        .filter(m -> m.name().equals("evaluate") && m.parameters().size() == 1
            && !(m.parameters().get(0).type() instanceof ParameterizedTypeName))
        .map(m -> m.parameters().get(0).type())
        .findFirst().orElseThrow();
    // Null general facts: the runtime's message, not a JDK one about a method called on null.
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T.requireNonNull(general, $T.NULL_MESSAGE)", java.util.Objects.class, FACTS);
    plainOutcome.ifPresent(method -> body
        .beginControlFlow("if (general == $T.NONE)", FACTS)
        .add(ViolationEmitter.FACTS_PRESENT)
        .addStatement("$T plain = $N(this, facts)", CASE_DECISION, method)
        .beginControlFlow("if (plain != null)")
        .addStatement("return plain")
        .endControlFlow()
        .endControlFlow());
    // The author's higher-law notes for the act's day, when the general facts give it, join the
    // points left to the officer, as the untyped and dated calls say them.
    boolean notes = violation.fieldSpecs().stream().anyMatch(field -> field.name().equals("HIGHER_LAW_NOTES"));
    // Facts and circumstances declared exclusive (造成危害后果 with 没有造成危害后果): refused once
    // decided, so that the table's and the general part's own refusals come first, as in eval.
    CodeBlock excluded = untyped.exclusions().map(e -> CodeBlock.of("CIRCUMSTANCE_EXCLUSIONS.checked($T.RULES, general, id -> $L, ",
        general, e.typed())).orElse(CodeBlock.of(""));
    CodeBlock excludedRead = untyped.exclusions().map(e -> CodeBlock.of("CIRCUMSTANCE_EXCLUSIONS.checked($T.RULES, general, id -> $L, ",
        general, e.read())).orElse(CodeBlock.of(""));
    String closeExcluded = untyped.exclusions().isPresent() ? ")" : "";
    String open = notes ? "return HIGHER_LAW_NOTES.addedTo(code, " : "return ";
    String close = notes ? ", general)" : "";
    // Only a circumstance can call for a reduction: without one the statute is not read, so a
    // case without general facts allocates nothing.
    body.addStatement(open + "$L$T.decide(evaluate(facts), general,\n$>general.circumstances()"
        + ".isEmpty() ? $T.UNDECLARED : $N(facts))$<" + closeExcluded + close, excluded, general,
        StatuteEmitter.STATUTE, statute);
    return violation.toBuilder()
        .addMethod(MethodSpec.methodBuilder("evaluate")
            .addJavadoc("Decides a case with the general part (总则) the standard uses: the tier, "
                + "then every adjustment applied, the options offered, the procedure flags and "
                + "the limitation period.\n\n"
                + "@param facts the facts of the case\n"
                + "@param general the general circumstances, dates and proposed fine, e.g. {@link "
                + "$T#facts}\n"
                + "@return the outcome; never null. Without general facts ({@code GeneralFacts.NONE}) "
                + "it allocates nothing after the tier's first outcome."
                + (notes ? " With an act date, the author's higher-law notes for that day ({@link "
                    + "#higherLawNotes}) are among the points left to the officer." : "") + "\n"
                + "@throws $T when the general facts do not fit the general part\n"
                + "@throws $T when the discovery is before the act\n", general,
                Runtime.INVALID_GENERAL_FACTS, Runtime.INVALID_DATES)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ParameterSpec.builder(facts, "facts").build())
            .addParameter(FACTS, "general")
            .returns(CASE_DECISION)
            .addCode(body.build())
            .build())
        .addMethod(MethodSpec.methodBuilder("evaluate")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Runtime.FACTS_MAP, "facts")
            .addParameter(FACTS, "general")
            .returns(CASE_DECISION)
            .addStatement("$T.requireNonNull(general, $T.NULL_MESSAGE)", java.util.Objects.class, FACTS)
            .beginControlFlow("if (general.circumstances().isEmpty())")
            .addStatement(open + "$T.decide(evaluate(facts), general, $T.UNDECLARED)" + close, general, StatuteEmitter.STATUTE)
            .endControlFlow()
            // Every fact given: read once, and the typed entry decides.
            .addStatement("$T reader = $T.allowingMissing(code, FACT_SPECS, facts)", Runtime.FACT_READER,
                Runtime.FACT_READER)
            .beginControlFlow("if (!reader.hasMissing())")
            .addStatement("return evaluate($L, general)", untyped.factsFromReader())
            .endControlFlow()
            // Facts left out, as the interpreter decides: the table's decision on what was given;
            // the statute read only for 减轻, and refused only when it depends on a fact left out.
            .addStatement("$T decision = $N(reader)", Runtime.DECISION, untyped.partialMethod())
            .beginControlFlow("if (!$T.RULES.readsStatute(general, decision))", general)
            .addStatement(open + "$L$T.decide(decision, general, $T.UNDECLARED)" + closeExcluded + close, excludedRead,
                general, StatuteEmitter.STATUTE)
            .endControlFlow()
            .addStatement("$N.requireStatuteKnown(code, reader)", untyped.planField())
            .addStatement(open + "$L$T.decide(decision, general, $N($L))" + closeExcluded + close, excludedRead, general,
                statute, untyped.placeholderFacts())
            .build())
        .addMethod(MethodSpec.methodBuilder("generalRules")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(OPTIONAL, RULES))
            .addStatement("return $T.of($T.RULES)", OPTIONAL, general)
            .build())
        .build();
  }

  private static TypeSpec circumstances(GeneralRules rules, ClassName type) {
    TypeSpec.Builder spec = TypeSpec.enumBuilder(type)
        .addJavadoc("The general circumstances of the case (总则情节).\n")
        .addModifiers(Modifier.PUBLIC)
        .addField(String.class, "id", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "label", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(String.class, "label")
            .addStatement("this.id = id")
            .addStatement("this.label = label")
            .build())
        .addMethod(MethodSpec.methodBuilder("id")
            .addJavadoc("The identifier in the source, as {@code GeneralFacts} names it.\n\n"
                + "@return the id\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return id")
            .build())
        .addMethod(MethodSpec.methodBuilder("label")
            .addJavadoc("The official wording.\n\n@return the label\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return label")
            .build());
    MemberNames names = new MemberNames();
    for (GeneralRules.Circumstance c : rules.circumstances()) {
      CodeBlock.Builder doc = CodeBlock.builder().add("$L.", Javadoc.escape(c.label()));
      c.effect().ifPresent(e -> doc.add("\n\n<p>$L", Javadoc.escape(e.label())));
      if (!c.basis().isBlank()) {
        doc.add(c.effect().isPresent() ? "（$L）" : "\n\n<p>依据：$L", Javadoc.escape(c.basis()));
      }
      spec.addEnumConstant(names.name(c.id(), JavaNames.constant(c.id())),
          TypeSpec.anonymousClassBuilder("$L, $L", JavaStrings.literal(c.id()),
                  JavaStrings.literal(c.label()))
              .addJavadoc(doc.add("\n").build())
              .build());
    }
    return spec.build();
  }

  private static CodeBlock rulesLiteral(GeneralRules rules) {
    CodeBlock.Builder code = CodeBlock.builder().add("new $T(\n$>$L,\n", RULES,
        JavaStrings.literal(rules.title()));
    // Not List.of: a non-generic call keeps javac linear in the number of circumstances.
    code.add("$T.circumstances($>", Runtime.CONSTANT_LISTS);
    List<CodeBlock> items = new ArrayList<>();
    for (GeneralRules.Circumstance c : rules.circumstances()) {
      CodeBlock effect = c.effect().map(e -> CodeBlock.of("$T.of(new $T($T.Modality.$L, $T.Kind.$L))",
              OPTIONAL, EFFECT, EFFECT, e.modality().name(), EFFECT, e.kind().name()))
          .orElse(CodeBlock.of("$T.empty()", OPTIONAL));
      // The shortest constructor that says it all: the output of standards without `for` or
      // `implies` stays as it was.
      List<CodeBlock> arguments = new ArrayList<>(List.of(JavaStrings.literal(c.id()),
          JavaStrings.literal(c.label()), effect, JavaStrings.literal(c.basis())));
      if (c.onlyFor().isPresent() || !c.implies().isEmpty()) {
        arguments.add(c.onlyFor()
            .map(kind -> CodeBlock.of("$T.of($T.PartyKind.$L)", OPTIONAL, RULES, kind.name()))
            .orElse(CodeBlock.of("$T.empty()", OPTIONAL)));
      }
      if (!c.implies().isEmpty()) {
        arguments.add(stringList(c.implies()));
      }
      items.add(CodeBlock.of("\nnew $T.Circumstance($L)", RULES, CodeBlock.join(arguments, ", ")));
    }
    code.add(CodeBlock.join(items, ",")).add("$<),\n$T.of($>", List.class);
    items.clear();
    for (GeneralRules.Adjustment a : rules.adjustments()) {
      items.add(CodeBlock.of("\nnew $T.Adjustment($T.Kind.$L, $T.Adjustment.Mode.$L, $L, $L)",
          RULES, EFFECT, a.effect().name(), RULES, a.mode().name(), decimal(a.percent()),
          JavaStrings.literal(a.basis())));
    }
    code.add(CodeBlock.join(items, ",")).add("$<),\n");
    code.add(rules.combination().map(c -> CodeBlock.of("$T.of(new $T.Combination($T.Combination.Rule.$L, $L))",
        OPTIONAL, RULES, RULES, c.rule().name(), JavaStrings.literal(c.basis())))
        .orElse(CodeBlock.of("$T.empty()", OPTIONAL)));
    code.add(",\n$T.of($>", List.class);
    items.clear();
    for (GeneralRules.Limitation l : rules.limitations()) {
      items.add(l.effective().isEmpty()
          ? CodeBlock.of("\nnew $T.Limitation($L, $L, $L)", RULES, l.months(),
              optionalString(l.when()), JavaStrings.literal(l.basis()))
          : CodeBlock.of("\nnew $T.Limitation($L, $L, $T.of($T.of($L, $L, $L)), $L)", RULES, l.months(),
              optionalString(l.when()), OPTIONAL, java.time.LocalDate.class, l.effective().get().getYear(),
              l.effective().get().getMonthValue(), l.effective().get().getDayOfMonth(),
              JavaStrings.literal(l.basis())));
    }
    code.add(CodeBlock.join(items, ",")).add("$<),\n$T.of($>", List.class);
    items.clear();
    for (GeneralRules.ProcedureRule r : rules.procedures()) {
      items.add(CodeBlock.of("\nnew $T.ProcedureRule($T.Procedure.$L, $L, $L, $L, $L)", RULES, RULES,
          r.procedure().name(),
          r.threshold().map(t -> CodeBlock.of("$T.of(new $T.Threshold($T.Operator.$L, $L))",
              OPTIONAL, RULES, RULES, t.operator().name(), decimal(t.amount())))
              .orElse(CodeBlock.of("$T.empty()", OPTIONAL)),
          r.party().map(p -> CodeBlock.of("$T.of($T.PartyKind.$L)", OPTIONAL, RULES, p.name()))
              .orElse(CodeBlock.of("$T.empty()", OPTIONAL)),
          optionalString(r.when()), JavaStrings.literal(r.basis())));
    }
    code.add(CodeBlock.join(items, ",")).add("$<),\n");
    // Sorted, so the output does not depend on a map's iteration order.
    Map<String, GeneralRules.PartyKind> kinds = new TreeMap<>(rules.partyKinds());
    List<CodeBlock> entries = new ArrayList<>();
    kinds.forEach((id, kind) -> entries.add(CodeBlock.of("\n$L, $S", JavaStrings.literal(id),
        kind.name())));
    // Strings, not Map.ofEntries(Map.entry(…), …), whose inference made javac quadratic in the
    // parties (400 parties: a minute).
    code.add("$T.partyKinds($>", Runtime.CONSTANT_LISTS).add(CodeBlock.join(entries, ",")).add("$<)");
    // Rules without exclusions keep the seven-part form: the output of standards without
    // `exclusive` in their general part stays as it was.
    if (!rules.exclusions().isEmpty()) {
      items.clear();
      for (GeneralRules.Exclusion e : rules.exclusions()) {
        items.add(CodeBlock.of("\nnew $T.Exclusion($L, $L)", RULES,
            stringList(e.circumstances()), JavaStrings.literal(e.reason())));
      }
      code.add(",\n$T.of($>", List.class).add(CodeBlock.join(items, ",")).add("$<)");
    }
    return code.add(")$<").build();
  }

  private static CodeBlock stringList(List<String> values) {
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(
        values.stream().map(v -> CodeBlock.of("$L", JavaStrings.literal(v))).toList(), ", "));
  }

  private static CodeBlock optionalString(Optional<String> value) {
    return value.map(v -> CodeBlock.of("$T.of($L)", OPTIONAL, JavaStrings.literal(v)))
        .orElse(CodeBlock.of("$T.empty()", OPTIONAL));
  }

  private static CodeBlock decimal(BigDecimal value) {
    return CodeBlock.of("new $T($S)", BigDecimal.class, value.toPlainString());
  }
}
