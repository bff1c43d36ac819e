package org.cailiang.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Set;

/** The runtime and JDK types generated code refers to. */
final class Runtime {
  static final String PACKAGE = "org.cailiang.runtime";
  /** Helpers generated code calls that are not API. */
  static final String INTERNAL = "org.cailiang.runtime.internal";
  static final ClassName STANDARD = ClassName.get(PACKAGE, "Standard");
  static final ClassName VIOLATION = ClassName.get(PACKAGE, "Violation");
  static final ClassName DECISION = ClassName.get(PACKAGE, "Decision");
  static final ClassName SANCTION = ClassName.get(PACKAGE, "Sanction");
  static final ClassName PARTY = ClassName.get(PACKAGE, "Party");
  static final ClassName CITATION = ClassName.get(PACKAGE, "Citation");
  static final ClassName MONEY_RANGE = ClassName.get(PACKAGE, "MoneyRange");
  static final ClassName FINES = ClassName.get(INTERNAL, "Fines");
  /** Typed list factories: cheaper for javac than {@code List.of} in generated constants. */
  static final ClassName CONSTANT_LISTS = ClassName.get(INTERNAL, "ConstantLists");
  static final ClassName CODES = ClassName.get(INTERNAL, "Codes");
  static final ClassName FACT_SPEC = ClassName.get(PACKAGE, "FactSpec");
  static final ClassName FACT_READER = ClassName.get(INTERNAL, "FactReader");
  static final ClassName FACT_CHECKS = ClassName.get(INTERNAL, "FactChecks");
  static final ClassName PARTIAL_FACTS = ClassName.get(INTERNAL, "PartialFacts");
  static final ClassName PARTIAL_PLAN = ClassName.get(INTERNAL, "PartialPlan");
  static final ClassName QUICK_FACTS = ClassName.get(INTERNAL, "QuickFacts");
  static final ClassName HIGHER_LAW_NOTES = ClassName.get(INTERNAL, "HigherLawNotes");
  static final ClassName CIRCUMSTANCE_EXCLUSIONS = ClassName.get(INTERNAL, "CircumstanceExclusions");
  static final ClassName LABELLED = ClassName.get(PACKAGE, "Labelled");
  static final ClassName NO_TIER = ClassName.get(PACKAGE, "NoApplicableTierException");
  static final ClassName INVALID_GENERAL_FACTS = ClassName.get(PACKAGE, "InvalidGeneralFactsException");
  static final ClassName INVALID_DATES = ClassName.get(PACKAGE, "InvalidDatesException");
  static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  /** {@code Map<String, ?>}: the untyped facts of {@code Violation.evaluate}. */
  static final ParameterizedTypeName FACTS_MAP = ParameterizedTypeName.get(MAP, ClassName.get(String.class),
      WildcardTypeName.subtypeOf(Object.class));

  /**
   * The simple names of the types generated code names in expressions ({@code FactChecks.present(…)},
   * {@code BigDecimal.ZERO}): a field, constant or record component of the same name would hide
   * the type there, so no member is given one.
   */
  static final Set<String> SIMPLE_NAMES = Set.of("Standard", "Violation", "Decision", "Sanction",
      "Party", "Citation", "MoneyRange", "Fines", "FactSpec", "FactReader", "FactChecks",
      "PartialFacts", "PartialPlan", "QuickFacts", "Labelled", "NoApplicableTierException", "BigDecimal", "List",
      "Map", "ConstantLists", "Codes", "UnknownCodeException", "InvalidFactsException",
      "GeneralFacts", "CaseDecision", "Statute", "Generated", "Override", "String", "Object",
      "Math", "Objects", "Optional", "Set", "ArrayList", "Arrays", "Integer", "Long", "Boolean",
      "HigherLawNotes");

  /** {@code @Generated} with the generator's name and no date, so output stays byte-identical. */
  static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get(PACKAGE, "Generated"))
          .addMember("value", "$S", JavaGenerator.class.getName())
          .build();

  private Runtime() {}
}
