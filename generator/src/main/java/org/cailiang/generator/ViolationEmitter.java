package org.cailiang.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.cailiang.dsl.eval.FactSpecs;
import org.cailiang.dsl.eval.HigherLawRecords;
import org.cailiang.dsl.eval.CircumstanceExclusionRecords;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.eval.Lowering;

/**
 * The class of one violation: an instance per code, the typed {@code evaluate(Facts)}, and the
 * untyped {@link org.cailiang.runtime.Violation} view. A tier whose sanctions do not depend on
 * the facts is a precomputed {@code Decision} per code, so deciding it allocates nothing. Tiers
 * are emitted in blocks of {@value #TIERS_PER_BLOCK}, each block a nested class once there is
 * more than one, so that no method nears the JVM's 64 KB limit and no constant pool overflows.
 */
final class ViolationEmitter {
  static final int TIERS_PER_BLOCK = org.cailiang.dsl.check.Checker.TIERS_PER_BLOCK;

  /** The typed entries' first statement: facts given as null are refused with their name. */
  static final CodeBlock FACTS_PRESENT = CodeBlock.builder()
      .addStatement("$T.present(facts, code, $S, $S)", Runtime.FACT_CHECKS, "facts", "案件事实")
      .build();
  /** Up to this many codes, each gets a named constant; a larger range is reached by {@code of}. */
  static final int MAX_CODE_CONSTANTS = 100;

  private final Standard standard;
  private final Violation violation;
  private final ClassName type;
  private final ClassName standardType;
  private final LawEmitter law;
  private final MemberNames members;
  private final FactsEmitter facts;
  private final ConditionEmitter conditions;
  private final SanctionEmitter sanctions;
  private final PartialEmitter partial;
  private final QuickReadEmitter quickRead;
  private final List<String> codes;
  private final String version;
  /** The author's higher-law records, read once for the Javadoc and the notes' constant. */
  private final HigherLawRecords higherLaw;

  /**
   * @param packageTypes the top-level types of the package: a code constant of the same name
   *     would hide one ({@code X00001.ID} of a standard named {@code x00001})
   */
  ViolationEmitter(Standard standard, Violation violation, ClassName type, ClassName standardType, LawEmitter law,
      Set<String> packageTypes) {
    this(standard, violation, type, standardType, law, packageTypes, "");
  }

  /**
   * @param version the paragraph on the version of the standard these classes belong to, empty
   *     for a standard without versions ({@link ViolationDocs#version})
   */
  ViolationEmitter(Standard standard, Violation violation, ClassName type, ClassName standardType, LawEmitter law,
      Set<String> packageTypes, String version) {
    this.version = version;
    this.standard = standard;
    this.violation = violation;
    this.type = type;
    this.standardType = standardType;
    this.law = law;
    this.codes = violation.codes().codes();
    this.members = new MemberNames(type.simpleName(), "CODES", "CODE_NAMES", "INSTANCES", "FACT_SPECS",
        "CITATIONS", "TIER_SUFFIXES", "index", "code", "tierCodes", "of", "evaluate", "decide", "decisions",
        "standardId", "title", "facts", "lawEffective", "HIGHER_LAW_NOTES", "higherLawNotes",
        "CIRCUMSTANCE_EXCLUSIONS", "REMINDERS", "reminders");
    members.reserve(packageTypes);
    members.reserve(Runtime.SIMPLE_NAMES);
    if (codes.size() <= MAX_CODE_CONSTANTS) {
      codes.forEach(code -> members.name("code:" + code, JavaNames.constant(code)));
    }
    this.facts = new FactsEmitter(violation, type, members);
    this.conditions = new ConditionEmitter(violation, facts, members);
    this.sanctions = new SanctionEmitter(law, violation, facts);
    this.partial = new PartialEmitter(violation, facts, conditions, members);
    this.quickRead = new QuickReadEmitter(violation, facts, members);
    this.higherLaw = HigherLawRecords.of(standard, violation);
  }

  TypeSpec emit() {
    return emit(Optional.empty());
  }

  /**
   * The violation class; with a general part, also {@code statute(Facts)} and the typed entry
   * {@code evaluate(Facts, GeneralFacts)} that decides through it.
   */
  TypeSpec emit(Optional<ClassName> general) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(type)
        .addJavadoc(ViolationDocs.type(standard, violation, law, version, higherLaw))
        .addAnnotation(Runtime.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Runtime.VIOLATION);
    // Static fields initialise in this order: the instances need the tier suffixes.
    spec.addField(FieldSpec.builder(ArrayTypeName.of(String.class), "CODE_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.expand($S, $S)", Runtime.CODES, violation.codes().first(), violation.codes().last())
        .build());
    addSharedConstants(spec);
    addHandovers(spec);
    addInstances(spec);
    List<TypeSpec> blocks = addTierBlocks(spec);
    addOtherwise(spec);
    // Built before the amount constants are added: its conditions (referral triggers,
    // exclusive facts) may need constants of their own.
    MethodSpec typedEvaluate = evaluateTyped(blocks);
    MethodSpec partialEvaluate = partial.method(members.name("#evaluatePartial", "evaluatePartial"),
        method -> violation.exclusives().forEach(exclusive -> rejectContradiction(method, exclusive)));
    spec.addField(partial.planField(general.isPresent()));
    String statute = general.isEmpty() ? null
        : new StatuteEmitter(violation, conditions, sanctions, facts, members).addTo(spec);
    Optional<String> plain = general.flatMap(g -> addPlainOutcomes(spec, g));
    conditions.amountConstants().forEach((name, value) -> spec.addField(
        FieldSpec.builder(Runtime.BIG_DECIMAL, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T($S)", Runtime.BIG_DECIMAL, value)
            .build()));
    conditions.helpers().forEach(spec::addMethod);
    addInstanceMembers(spec, typedEvaluate, partialEvaluate);
    facts.types(violation.codes().toString()).forEach(spec::addType);
    blocks.forEach(spec::addType);
    Optional<GeneralEmitter.Exclusions> exclusions = general.isEmpty() ? Optional.empty() : addExclusions(spec);
    GeneralEmitter.UntypedEntry untyped = new GeneralEmitter.UntypedEntry(factsFromReader(),
        partialEvaluate.name(), partial.planFieldName(), partial.placeholderFacts(), exclusions);
    return general.map(g -> GeneralEmitter.withGeneralEntry(spec.build(), g, statute, plain, untyped))
        .orElseGet(spec::build);
  }

  /**
   * For a case without general facts, the outcome of each constant tier, per code, chosen by
   * the same conditions as the tier and kept: the typed entry then costs what the table decision
   * costs (reading a kept outcome off the decision measured twice its time). Only for the
   * plain shape, one block of tiers tried in order and nothing else deciding first (no
   * exclusive facts, no referral); any other violation, and a computed tier, take the general
   * part's own path, which gives the same outcome.
   *
   * @return the name of the method choosing the outcome (which gives null for a computed
   *     tier); empty for a violation of another shape or without a constant tier
   */
  private Optional<String> addPlainOutcomes(TypeSpec.Builder spec, ClassName general) {
    List<Tier> tried = violation.triedTiers();
    boolean plainShape = tried.size() <= TIERS_PER_BLOCK && violation.exclusives().isEmpty()
        && violation.endingHandovers().isEmpty() && violation.besideHandovers().isEmpty();
    if (!plainShape || violation.tiers().stream().noneMatch(ViolationEmitter::constant)) {
      return Optional.empty();
    }
    ClassName holder = type.nestedClass(members.name("#plainHolder", "PlainOutcomes"));
    // Per code and when first asked for: a violation of many codes must not decide them all.
    TypeSpec.Builder outcomes = TypeSpec.classBuilder(holder)
        .addJavadoc("The outcome of each constant tier without general facts, per code; decided by the "
            + "general part when first asked for, then kept.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.methodBuilder("outcome")
            .addJavadoc("The outcome of {@code decisions[index]}, kept in {@code outcomes[index]}: "
                + "an outcome is immutable, so a thread that sees it sees it whole.\n")
            .addModifiers(Modifier.STATIC)
            .returns(GeneralEmitter.CASE_DECISION)
            .addParameter(ArrayTypeName.of(GeneralEmitter.CASE_DECISION), "outcomes")
            .addParameter(ArrayTypeName.of(Runtime.DECISION), "decisions")
            .addParameter(int.class, "index")
            .addStatement("$T kept = outcomes[index]", GeneralEmitter.CASE_DECISION)
            .beginControlFlow("if (kept == null)")
            .addStatement("kept = $T.decide(decisions[index], $T.NONE)", general, GeneralEmitter.FACTS)
            .addStatement("outcomes[index] = kept")
            .endControlFlow()
            .addStatement("return kept")
            .build());
    String method = members.name("#plainOutcome", "plainOutcome");
    MethodSpec.Builder choose = firstTierThatApplies(method, "The outcome without general facts "
        + "of the tier that applies, as {@code decide} chooses it; null where that tier is computed "
        + "from the facts.\n", GeneralEmitter.CASE_DECISION, tried, tier -> plainOutcome(outcomes, holder, tier));
    Tier otherwise = violation.tiers().stream().filter(Tier::isOtherwise).findFirst().orElse(null);
    choose.addStatement("return $L", otherwise == null ? CodeBlock.of("null") : plainOutcome(outcomes, holder, otherwise));
    spec.addMethod(choose.build());
    spec.addType(outcomes.build());
    return Optional.of(method);
  }

  /** The expression for a tier's outcome without general facts; adds its constant. */
  private CodeBlock plainOutcome(TypeSpec.Builder outcomes, ClassName holder, Tier tier) {
    if (!constant(tier)) {
      return CodeBlock.of("null");
    }
    String decisions = members.name("tier:" + tier.suffix(), null);
    outcomes.addField(FieldSpec.builder(ArrayTypeName.of(GeneralEmitter.CASE_DECISION), decisions,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T[CODE_NAMES.length]", GeneralEmitter.CASE_DECISION)
        .build());
    return CodeBlock.of("$T.outcome($T.$N, $N, violation.index)", holder, holder, decisions, decisions);
  }

  private void addInstances(TypeSpec.Builder spec) {
    spec.addField(FieldSpec.builder(ArrayTypeName.of(type), "INSTANCES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("instances()")
        .build());
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.LIST, type), "CODES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every code of this violation, in order: $L.\n", Javadoc.escape(violation.codes().toString()))
        .initializer("$T.of(INSTANCES)", Runtime.LIST)
        .build());
    if (codes.size() <= MAX_CODE_CONSTANTS) {
      for (int i = 0; i < codes.size(); i++) {
        spec.addField(FieldSpec.builder(type, members.name("code:" + codes.get(i), null), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("$L：$L.\n", codes.get(i), Javadoc.escape(violation.title()))
            .initializer("INSTANCES[$L]", i)
            .build());
      }
    }
    spec.addMethod(MethodSpec.methodBuilder("instances")
        .addJavadoc("One instance per code, in order.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(type))
        .addStatement("$T[] instances = new $T[CODE_NAMES.length]", type, type)
        .beginControlFlow("for (int i = 0; i < instances.length; i++)")
        .addStatement("instances[i] = new $T(i, CODE_NAMES[i])", type)
        .endControlFlow()
        .addStatement("return instances")
        .build());
  }

  private void addSharedConstants(TypeSpec.Builder spec) {
    CodeBlock factSpecs = violation.facts().stream().map(this::factSpec).collect(CodeBlock.joining(",\n"));
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.LIST, Runtime.FACT_SPEC), "FACT_SPECS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.facts(\n$>$L$<)", Runtime.CONSTANT_LISTS, factSpecs)
        .build());
    spec.addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.LIST, Runtime.CITATION), "CITATIONS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(law.citations(violation.citations()))
        .build());
    spec.addField(FieldSpec.builder(ArrayTypeName.of(String.class), "TIER_SUFFIXES",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}",
            violation.tiers().stream().map(t -> JavaStrings.literal(t.suffix())).collect(CodeBlock.joining(", ")))
        .build());
    spec.addMethod(MethodSpec.methodBuilder("decisions")
        .addJavadoc("One decision of a tier per code of this violation.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(Runtime.DECISION))
        .addParameter(String.class, "suffix")
        .addParameter(String.class, "circumstance")
        .addParameter(ParameterizedTypeName.get(Runtime.LIST, Runtime.SANCTION), "sanctions")
        .addParameter(String.class, "text")
        .addStatement("$T[] decisions = new $T[CODE_NAMES.length]", Runtime.DECISION, Runtime.DECISION)
        .beginControlFlow("for (int i = 0; i < decisions.length; i++)")
        .addStatement("decisions[i] = new $T($T.ID, CODE_NAMES[i], $L, CODE_NAMES[i] + suffix, circumstance, sanctions, "
                + "CITATIONS, text, false)", Runtime.DECISION, standardType, JavaStrings.literal(violation.title()))
        .endControlFlow()
        .addStatement("return decisions")
        .build());
  }

  /**
   * For each referral that ends the case when triggered, its decision per code, built once: a
   * handed-over case allocates nothing either.
   */
  private void addHandovers(TypeSpec.Builder spec) {
    List<Handover> endings = violation.endingHandovers();
    if (endings.isEmpty()) {
      return;
    }
    String method = members.name("#handovers", "handovers");
    spec.addMethod(MethodSpec.methodBuilder(method)
        .addJavadoc("One decision per code of this violation, handing the case over.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(Runtime.DECISION))
        .addParameter(String.class, "referral")
        .addStatement("$T[] decisions = new $T[CODE_NAMES.length]", Runtime.DECISION, Runtime.DECISION)
        .beginControlFlow("for (int i = 0; i < decisions.length; i++)")
        .addStatement("decisions[i] = $T.handedOver($T.ID, CODE_NAMES[i], $L, referral, CITATIONS)", Runtime.DECISION,
            standardType, JavaStrings.literal(violation.title()))
        .endControlFlow()
        .addStatement("return decisions")
        .build());
    for (int i = 0; i < endings.size(); i++) {
      spec.addField(FieldSpec.builder(ArrayTypeName.of(Runtime.DECISION), members.name("handover:" + i, "HANDOVER_" + i),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("移送：$L.\n", Javadoc.escape(endings.get(i).text()))
          .initializer("$N($L)", method, JavaStrings.literal(endings.get(i).text()))
          .build());
    }
  }

  /** The call that reads the fact at {@code index} from the runtime's fact reader. */
  private CodeBlock read(Fact fact, int index) {
    return fact.type().accept(new FactType.Visitor<CodeBlock>() {
      @Override
      public CodeBlock visitEnum(FactType.Enum type) {
        // A cast, not the generic enumValue: javac's inference of it was a tenth of its time on a large standard.
        return CodeBlock.of("($T) reader.value($L)", facts.enumType(fact), index);
      }

      @Override
      public CodeBlock visitBool(FactType.Bool type) {
        return CodeBlock.of("reader.bool($L)", index);
      }

      @Override
      public CodeBlock visitAmount(FactType.Amount type) {
        return CodeBlock.of("reader.amount($L)", index);
      }

      @Override
      public CodeBlock visitInt(FactType.Int type) {
        return CodeBlock.of("reader.integer($L)", index);
      }
    });
  }

  private CodeBlock factSpec(Fact fact) {
    String kind = FactSpecs.runtimeType(fact.type()).name();
    CodeBlock values = fact.type() instanceof FactType.Enum
        ? CodeBlock.of("$T.values($T.values())", Runtime.CONSTANT_LISTS, facts.enumType(fact))
        : CodeBlock.of("$T.values()", Runtime.CONSTANT_LISTS);
    return CodeBlock.of("new $T($L, $L, $T.Type.$L, $L)", Runtime.FACT_SPEC, JavaStrings.literal(fact.id()),
        JavaStrings.literal(fact.label()), Runtime.FACT_SPEC, kind, values);
  }

  /** The tiers with a condition, in blocks; returns the nested block classes (none when one block). */
  private List<TypeSpec> addTierBlocks(TypeSpec.Builder spec) {
    List<Tier> conditional = violation.triedTiers();
    List<TypeSpec> nested = new ArrayList<>();
    if (conditional.size() <= TIERS_PER_BLOCK) {
      addBlock(spec, conditional);
      return nested;
    }
    for (int start = 0, n = 0; start < conditional.size(); start += TIERS_PER_BLOCK, n++) {
      TypeSpec.Builder block = TypeSpec.classBuilder(type.nestedClass(members.name("#block" + n, "Tiers" + n)))
          .addJavadoc("Tiers $L to $L of this violation, in source order.\n", start + 1,
              Math.min(start + TIERS_PER_BLOCK, conditional.size()))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
      addBlock(block, conditional.subList(start, Math.min(start + TIERS_PER_BLOCK, conditional.size())));
      nested.add(block.build());
    }
    return nested;
  }

  /** Adds each tier's data and a {@code decide} method trying the tiers in order. */
  private void addBlock(TypeSpec.Builder block, List<Tier> tiers) {
    MethodSpec.Builder decide = firstTierThatApplies("decide", "The decision of the first of these "
        + "tiers that applies, or null when none does.\n", Runtime.DECISION, tiers,
        tier -> tierDecision(block, tier));
    block.addMethod(decide.addStatement("return null").build());
  }

  /**
   * A static method of {@code (violation, facts)} trying the tiers in order and returning the
   * result of the first whose condition holds; the caller adds what it returns when none does.
   */
  private MethodSpec.Builder firstTierThatApplies(String name, String javadoc, TypeName returns,
      List<Tier> tiers, Function<Tier, CodeBlock> result) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(returns)
        .addParameter(type, "violation")
        .addParameter(facts.factsType(), "facts");
    for (Tier tier : tiers) {
      method.beginControlFlow("if ($L)", conditions.emitTop(tier.condition(), "facts"))
          .addStatement("return $L", result.apply(tier))
          .endControlFlow();
    }
    return method;
  }

  /** An expression for the tier's decision; adds the constant or the method it needs. */
  private CodeBlock tierDecision(TypeSpec.Builder block, Tier tier) {
    String name = members.name("tier:" + tier.suffix(), "TIER_" + JavaNames.constant(tier.suffix()));
    CodeBlock javadoc = CodeBlock.of("$L（$L）.\n", Javadoc.escape(tier.suffix()), Javadoc.escape(tier.circumstance()));
    if (constant(tier)) {
      block.addField(FieldSpec.builder(ArrayTypeName.of(Runtime.DECISION), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(javadoc)
          .initializer("decisions(\n$>$L,\n$L,\n$L,\n$L$<)", JavaStrings.literal(tier.suffix()), JavaStrings.literal(tier.circumstance()),
              sanctions.list(tier.sanctions(), "facts"), JavaStrings.literal(tier.text()))
          .build());
      return CodeBlock.of("$N[violation.index]", name);
    }
    String method = members.name("tierMethod:" + tier.suffix(), "tier" + JavaNames.type(tier.suffix()));
    if (tier.hasConditionalSanctions()) {
      block.addMethod(conditionalTierMethod(method, javadoc, tier));
      return CodeBlock.of("$N(violation, facts)", method);
    }
    // The tier code comes from the instance's list and the texts are literals: per case only
    // the computed fines, the sanction list and the decision are new. The tier's shape (which
    // sanction is which kind, whose fine) is one constant, so reading a fine builds no index.
    CodeBlock sanctionList = preparedSanctions(block, tier);
    String shape = members.name("shape:" + tier.suffix(), "TIER_" + JavaNames.constant(tier.suffix()) + "_SHAPE");
    block.addField(FieldSpec.builder(Runtime.DECISION.nestedClass("Shape"), shape, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", Runtime.DECISION.nestedClass("Shape"))
        .build());
    block.addMethod(MethodSpec.methodBuilder(method)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Runtime.DECISION)
        .addParameter(type, "violation")
        .addParameter(facts.factsType(), "facts")
        .addStatement("return new $T(\n$>$T.ID,\nviolation.code,\n$L,\nviolation.tierCodes.get($L),\n$L,\n$L,\nCITATIONS,\n$L,\nfalse,\n$N$<)",
            Runtime.DECISION, standardType, JavaStrings.literal(violation.title()), tierIndex(tier),
            JavaStrings.literal(tier.circumstance()), sanctionList,
            JavaStrings.literal(tier.text()), shape)
        .build());
    return CodeBlock.of("$N(violation, facts)", method);
  }

  /** A tier decided once per code, as a constant: no sanction reads a fact. */
  private static boolean constant(Tier tier) {
    return !tier.hasConditionalSanctions() && tier.sanctions().stream().allMatch(Lowering::isConstant);
  }

  /** A tier with sanctions that depend on a fact: each such sanction added where it holds. */
  private MethodSpec conditionalTierMethod(String method, CodeBlock javadoc, Tier tier) {
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Runtime.DECISION)
        .addParameter(type, "violation")
        .addParameter(facts.factsType(), "facts")
        .addStatement("$T<$T> sanctions = new $T<>()", Runtime.LIST, Runtime.SANCTION,
            ClassName.get("java.util", "ArrayList"));
    for (int i = 0; i < tier.sanctions().size(); i++) {
      CodeBlock sanction = sanctions.emit(tier.sanctions().get(i), "facts");
      var when = tier.sanctionCondition(i);
      if (when.isPresent()) {
        builder.beginControlFlow("if ($L)", conditions.emitTop(when.get(), "facts"))
            .addStatement("sanctions.add($L)", sanction)
            .endControlFlow();
      } else {
        builder.addStatement("sanctions.add($L)", sanction);
      }
    }
    return builder.addStatement("return new $T(\n$>$T.ID,\nviolation.code,\n$L,\nviolation.code + $L,\n$L,\nsanctions,\nCITATIONS,\n$L,\nfalse$<)",
            Runtime.DECISION, standardType, JavaStrings.literal(violation.title()),
            JavaStrings.literal(tier.suffix()), JavaStrings.literal(tier.circumstance()),
            JavaStrings.literal(tier.text()))
        .build();
  }

  /** The tier's place in {@code TIER_SUFFIXES}, hence in each instance's {@code tierCodes}. */
  private int tierIndex(Tier tier) {
    List<Tier> tiers = violation.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).suffix().equals(tier.suffix())) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a tier of " + violation.codes() + ": " + tier.suffix());
  }

  /**
   * The sanction list of a tier that depends on the facts, each sanction that does not kept in a
   * constant and each multiple of an amount prepared once ({@code Fines.Multiple}).
   */
  private CodeBlock preparedSanctions(TypeSpec.Builder block, Tier tier) {
    List<CodeBlock> items = new ArrayList<>();
    for (int i = 0; i < tier.sanctions().size(); i++) {
      SanctionSpec sanction = tier.sanctions().get(i);
      String field = members.name("sanction:" + tier.suffix() + ":" + i,
          "TIER_" + JavaNames.constant(tier.suffix()) + "_" + (i + 1));
      if (Lowering.isConstant(sanction)) {
        block.addField(FieldSpec.builder(Runtime.SANCTION, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(sanctions.emit(sanction, "facts"))
            .build());
        items.add(CodeBlock.of("$N", field));
      } else if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Multiple multiple) {
        block.addField(FieldSpec.builder(Runtime.FINES.nestedClass("Multiple"), field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(sanctions.preparedMultiple(fine, multiple))
            .build());
        items.add(CodeBlock.of("$N.fine($L)", field, sanctions.multipleAmount(multiple, "facts")));
      } else {
        items.add(sanctions.emit(sanction, "facts"));
      }
    }
    // Built per case: List.of's fixed-arity forms allocate no array, ConstantLists' varargs would.
    return CodeBlock.of("$T.<$T>of(\n$>$L$<)", Runtime.LIST, Runtime.SANCTION, CodeBlock.join(items, ",\n"));
  }

  private void addOtherwise(TypeSpec.Builder spec) {
    violation.tiers().stream().filter(Tier::isOtherwise).findFirst().ifPresent(tier -> tierDecision(spec, tier));
  }

  private void addInstanceMembers(TypeSpec.Builder spec, MethodSpec typedEvaluate, MethodSpec partialEvaluate) {
    spec.addField(int.class, "index", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(ParameterizedTypeName.get(Runtime.LIST, ClassName.get(String.class)), "tierCodes", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("The instance for the code at {@code index} of this violation's codes.\n")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "index")
            .addParameter(String.class, "code")
            .addStatement("this.index = index")
            .addStatement("this.code = code")
            .addStatement("this.tierCodes = $T.suffixed(code, TIER_SUFFIXES)", Runtime.CONSTANT_LISTS)
            .build());
    spec.addMethod(typedEvaluate);
    spec.addMethod(evaluateUntyped(partialEvaluate));
    quickRead.helpers().forEach(spec::addMethod);
    spec.addMethod(partialEvaluate);
    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The instance for one code of this violation.\n\n@param code one of $L\n"
                + "@return the instance that decides {@code code}\n@throws $T when the code is not one of $L\n",
            Javadoc.escape(violation.codes().toString()),
            ClassName.get(Runtime.PACKAGE, "UnknownCodeException"), Javadoc.escape(violation.codes().toString()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(String.class, "code")
        .beginControlFlow("for ($T instance : INSTANCES)", type)
        .beginControlFlow("if (instance.code.equals(code))")
        .addStatement("return instance")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T(code, $L + code)", ClassName.get(Runtime.PACKAGE, "UnknownCodeException"),
            JavaStrings.literal("不属于 " + violation.codes() + " 的编码："))
        .build());
    TypeName string = ClassName.get(String.class);
    spec.addMethod(getter("code", string, "code"));
    spec.addMethod(getter("standardId", string, CodeBlock.of("$T.ID", standardType)));
    spec.addMethod(getter("title", string, JavaStrings.literal(violation.title())));
    spec.addMethod(getter("facts", ParameterizedTypeName.get(Runtime.LIST, Runtime.FACT_SPEC), "FACT_SPECS"));
    spec.addMethod(getter("tierCodes", ParameterizedTypeName.get(Runtime.LIST, string), "tierCodes"));
    lawEffective().ifPresent(spec::addMethod);
    addHigherLawNotes(spec);
    addReminders(spec);
    spec.addMethod(MethodSpec.methodBuilder("toString")
        .addJavadoc("The code and the title, e.g. <code>$L</code>.\n",
            Javadoc.escape(codes.get(0) + " " + violation.title()))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(string)
        .addStatement("return code + $L", JavaStrings.literal(" " + violation.title()))
        .build());
  }

  /**
   * The author's records that tiers go beyond the higher law the regulation implements ({@code
   * suppress "higher-law"}), said for an act while that law is in force ({@code
   * Violation.higherLawNotes}); nothing for a violation without them.
   */
  private void addHigherLawNotes(TypeSpec.Builder spec) {
    if (higherLaw.isEmpty()) {
      return;
    }
    spec.addField(FieldSpec.builder(Runtime.HIGHER_LAW_NOTES, "HIGHER_LAW_NOTES",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of(\n$>new String[] {$L},\nnew String[] {$L},\nnew String[] {$L})$<",
            Runtime.HIGHER_LAW_NOTES, literals(higherLaw.periods()), literals(higherLaw.suffixes()),
            literals(higherLaw.reasons()))
        .build());
    spec.addMethod(MethodSpec.methodBuilder("higherLawNotes")
        .addJavadoc("What the standard's author recorded of tiers going beyond the higher law, for an act "
            + "while that law is in force; see the class's description.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Runtime.LIST, ClassName.get(String.class)))
        .addParameter(String.class, "tierCode")
        .addParameter(java.time.LocalDate.class, "act")
        .addStatement("return HIGHER_LAW_NOTES.on(code, tierCode, act)")
        .build());
  }

  /**
   * The referrals written without a trigger, reminders to the officer ({@code
   * Violation.reminders}); nothing for a violation without them.
   */
  private void addReminders(TypeSpec.Builder spec) {
    List<String> reminders = violation.reminders().stream().map(Handover::text).toList();
    if (reminders.isEmpty()) {
      return;
    }
    TypeName strings = ParameterizedTypeName.get(Runtime.LIST, ClassName.get(String.class));
    spec.addField(FieldSpec.builder(strings, "REMINDERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Runtime.LIST, literals(reminders))
        .build());
    spec.addMethod(MethodSpec.methodBuilder("reminders")
        .addJavadoc("提示（移送，未设条件，由办案人员判断）：$L.\n",
            Javadoc.escape(String.join("；", reminders)))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(strings)
        .addStatement("return REMINDERS")
        .build());
  }

  /**
   * The declarations listing circumstances of the general part beside facts ({@code exclusive
   * harm, trivial}), as a constant, and the test of a fact by id on the typed facts and on the
   * reader: empty for a violation without them.
   */
  private Optional<GeneralEmitter.Exclusions> addExclusions(TypeSpec.Builder spec) {
    CircumstanceExclusionRecords records = CircumstanceExclusionRecords.of(violation);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    spec.addField(FieldSpec.builder(Runtime.CIRCUMSTANCE_EXCLUSIONS, "CIRCUMSTANCE_EXCLUSIONS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of(\n$>new String[][] {$L},\nnew String[][] {$L},\nnew String[][] {$L},\nnew String[] {$L})$<",
            Runtime.CIRCUMSTANCE_EXCLUSIONS, nested(records.facts()), nested(records.factLabels()),
            nested(records.circumstances()), literals(records.reasons()))
        .build());
    CodeBlock typed = records.factIds().stream()
        .map(id -> CodeBlock.of("id.equals($L) && facts.$N()", JavaStrings.literal(id), facts.component(id)))
        .collect(CodeBlock.joining(" || "));
    CodeBlock read = records.factIds().stream()
        .map(id -> CodeBlock.of("id.equals($L) && $T.TRUE.equals(reader.value($L))", JavaStrings.literal(id),
            Boolean.class, indexOf(id)))
        .collect(CodeBlock.joining(" || "));
    return Optional.of(new GeneralEmitter.Exclusions(typed, read));
  }

  private int indexOf(String factId) {
    List<Fact> all = violation.facts();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(factId)) {
        return i;
      }
    }
    throw new IllegalStateException("checked: " + factId + " is a fact");
  }

  private static CodeBlock nested(List<List<String>> lists) {
    return lists.stream().map(list -> CodeBlock.of("{$L}", literals(list))).collect(CodeBlock.joining(", "));
  }

  private static CodeBlock literals(List<String> texts) {
    return texts.stream().map(JavaStrings::literal).collect(CodeBlock.joining(", "));
  }

  /**
   * The day the violation's regulation took effect, when the standard gives it: a dated
   * evaluation does not decide an act before it ({@code Violation.lawEffective}).
   */
  private Optional<MethodSpec> lawEffective() {
    return standard.regulation(violation.regulation()).flatMap(r -> r.validity().effective()
            .map(day -> MethodSpec.methodBuilder("lawEffective")
                .addJavadoc("The day $L took effect: an act before it is not decided under this standard.\n",
                    Javadoc.escape(r.title().startsWith("《") ? r.title() : "《" + r.title() + "》"))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class),
                    ClassName.get(java.time.LocalDate.class)))
                .addStatement("return $T.of($T.of($L, $L, $L))", Optional.class, java.time.LocalDate.class,
                    day.getYear(), day.getMonthValue(), day.getDayOfMonth())
                .build()));
  }

  private MethodSpec evaluateTyped(List<TypeSpec> blocks) {
    MethodSpec.Builder evaluate = MethodSpec.methodBuilder("evaluate")
        .addJavadoc(ViolationDocs.evaluate(violation))
        .addModifiers(Modifier.PUBLIC)
        .returns(Runtime.DECISION)
        .addParameter(facts.factsType(), "facts")
        .addCode(FACTS_PRESENT);
    violation.exclusives().forEach(exclusive -> rejectContradiction(evaluate, exclusive));
    for (int i = 0; i < violation.endingHandovers().size(); i++) {
      Handover handover = violation.endingHandovers().get(i);
      evaluate.beginControlFlow("if ($L)", conditions.emitTop(handover.trigger().orElseThrow(), "facts"))
          .addStatement("return $N[index]", members.name("handover:" + i, null))
          .endControlFlow();
    }
    if (blocks.isEmpty()) {
      evaluate.addStatement("$T decision = decide(this, facts)", Runtime.DECISION);
    } else {
      evaluate.addStatement("$T decision = $N.decide(this, facts)", Runtime.DECISION, blocks.get(0).name());
      for (TypeSpec block : blocks.subList(1, blocks.size())) {
        evaluate.beginControlFlow("if (decision == null)")
            .addStatement("decision = $N.decide(this, facts)", block.name())
            .endControlFlow();
      }
    }
    List<Handover> besides = violation.besideHandovers();
    if (besides.isEmpty()) {
      evaluate.beginControlFlow("if (decision != null)").addStatement("return decision").endControlFlow();
    } else {
      evaluate.beginControlFlow("if (decision == null)");
    }
    Tier otherwise = violation.tiers().stream().filter(Tier::isOtherwise).findFirst().orElse(null);
    if (otherwise != null) {
      evaluate.addStatement(besides.isEmpty() ? "return $L" : "decision = $L", tierDecisionReference(otherwise, "this"));
    } else {
      CodeBlock values = violation.facts().stream()
          .map(f -> CodeBlock.of("facts.$N()", facts.component(f.id()))).collect(CodeBlock.joining(", "));
      evaluate.addStatement("throw new $T(code, $T.describe(FACT_SPECS$L))", Runtime.NO_TIER, Runtime.FACT_SPEC,
          values.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", values));
    }
    if (!besides.isEmpty()) {
      evaluate.endControlFlow();
      // A referral beside the tier: a new decision only when its trigger holds.
      for (Handover handover : besides) {
        evaluate.beginControlFlow("if ($L)", conditions.emitTop(handover.trigger().orElseThrow(), "facts"))
            .addStatement("decision = decision.besides($L)", JavaStrings.literal(handover.text()))
            .endControlFlow();
      }
      evaluate.addStatement("return decision");
    }
    return evaluate.build();
  }

  /**
   * Rejects facts in which two circumstances of an {@code exclusive} declaration hold: a couple
   * of boolean tests on valid input, the exception built only when they fail.
   */
  private void rejectContradiction(MethodSpec.Builder evaluate, Exclusive exclusive) {
    List<String> ids = exclusive.factIds();
    CodeBlock idList = ids.stream().map(JavaStrings::literal).collect(CodeBlock.joining(", "));
    CodeBlock labelList = ids.stream().map(id -> JavaStrings.literal(violation.fact(id).orElseThrow().label()))
        .collect(CodeBlock.joining(", "));
    CodeBlock values = ids.stream().map(id -> CodeBlock.of("facts.$N()", facts.component(id)))
        .collect(CodeBlock.joining(", "));
    evaluate.beginControlFlow("if ($L)", conditions.emitTop(exclusive.contradiction(), "facts"))
        .addStatement("throw $T.contradiction(code, $T.of($L), $T.of($L), $L, $L)", Runtime.FACT_CHECKS,
            Runtime.LIST, idList, Runtime.LIST, labelList, JavaStrings.literal(exclusive.message()), values)
        .endControlFlow();
  }

  /** The expression for the otherwise tier's decision, from the outer class. */
  private CodeBlock tierDecisionReference(Tier tier, String violationExpression) {
    if (constant(tier)) {
      return CodeBlock.of("$N[$L.index]", members.name("tier:" + tier.suffix(), null), violationExpression);
    }
    return CodeBlock.of("$N($L, facts)", members.name("tierMethod:" + tier.suffix(), null), violationExpression);
  }

  /** {@code new Facts(…)} of every fact read from the {@code reader} in scope. */
  private CodeBlock factsFromReader() {
    CodeBlock.Builder arguments = CodeBlock.builder();
    List<Fact> all = violation.facts();
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        arguments.add(", ");
      }
      arguments.add(read(all.get(i), i));
    }
    return CodeBlock.of("new $T($L)", facts.factsType(), arguments.build());
  }

  private MethodSpec evaluateUntyped(MethodSpec partialEvaluate) {
    return MethodSpec.methodBuilder("evaluate")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Runtime.DECISION)
        .addParameter(Runtime.FACTS_MAP, "facts")
        .addCode(quickRead.quickPath())
        .addStatement("$T reader = $T.allowingMissing(code, FACT_SPECS, facts)", Runtime.FACT_READER, Runtime.FACT_READER)
        // Facts left out take a path of their own, so that a complete map costs no more.
        .beginControlFlow("if (reader.hasMissing())")
        .addStatement("return $N(reader)", partialEvaluate)
        .endControlFlow()
        .addStatement("return evaluate($L)", factsFromReader())
        .build();
  }

  /** An implementation of an accessor of {@link org.cailiang.runtime.Violation}; its doc is inherited. */
  private static MethodSpec getter(String name, TypeName returnType, Object body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returnType)
        .addStatement("return $L", body)
        .build();
  }
}
