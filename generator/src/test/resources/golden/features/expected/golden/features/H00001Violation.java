package golden.features;

import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.ConstantLists;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.internal.PartialFacts;
import org.cailiang.runtime.internal.PartialPlan;
import org.cailiang.runtime.internal.QuickFacts;

/**
 * \u4e92\u65a5\u60c5\u8282\uff08H00001\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u4e92\u65a5\u60c5\u8282
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b\u7b2c\u4e00\u6761\uff08{@link ClassStandardIntLaw#PUBLIC}\uff09\uff1a\u7f5a\u5219\uff1a\u5904\u8fdd\u6cd5\u6240\u5f97\u4e00\u500d\u4ee5\u4e0a\u4e09\u500d\u4ee5\u4e0b\u7f5a\u6b3e\u3002*&#47; class X {} &#47;*<br>
 * \u8def\u5f84 C:&#92;users&#92;new \u4e0e &#92;u000a \u4e0e "\u5f15\u53f7" \u4e0e &lt;script&gt;alert(1)&lt;/script&gt; \u4e0e &#64;author \u4e0e $x
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>C010\u300c\u8f7b\u5fae\u300d\uff1a
 * <li>C020\u300c\u5176\u4ed6\u300d\uff1a
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class H00001Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("H00001", "H00001");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("minor", "\u60c5\u8282\u8f7b\u5fae", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("serious", "\u60c5\u8282\u4e25\u91cd", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("repeated", "\u591a\u6b21 */ \"\u8fdd\u6cd5\"", FactSpec.Type.BOOL, ConstantLists.values()));

    private static final List<Citation> CITATIONS = ConstantLists.citations(ClassStandardIntLaw.PUBLIC);

    private static final String[] TIER_SUFFIXES = {"C010", "C020"};

    private static final H00001Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: H00001.
     */
    public static final List<H00001Violation> CODES = List.of(INSTANCES);

    /**
     * H00001\uff1a\u4e92\u65a5\u60c5\u8282.
     */
    public static final H00001Violation H00001 = INSTANCES[0];

    /**
     * C010\uff08\u8f7b\u5fae\uff09.
     */
    private static final Decision[] TIER_C010 = decisions(
        "C010",
        "\u8f7b\u5fae",
        ConstantLists.sanctions(
            new Sanction.Warning(false)),
        "");

    /**
     * C020\uff08\u5176\u4ed6\uff09.
     */
    private static final Decision[] TIER_C020 = decisions(
        "C020",
        "\u5176\u4ed6",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(ClassStandardParties.PERSON), false, MoneyRange.of(200L, 200L), null, false)),
        "");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "tier b0 else");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private H00001Violation(int index, String code) {
        this.index = index;
        this.code = code;
        this.tierCodes = ConstantLists.suffixed(code, TIER_SUFFIXES);
    }

    /**
     * One decision of a tier per code of this violation.
     */
    private static Decision[] decisions(String suffix, String circumstance,
            List<Sanction> sanctions, String text) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = new Decision(ClassStandard.ID, CODE_NAMES[i], "\u4e92\u65a5\u60c5\u8282", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static H00001Violation[] instances() {
        H00001Violation[] instances = new H00001Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new H00001Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(H00001Violation violation, Facts facts) {
        if (facts.minor()) {
            return TIER_C010[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u4e92\u65a5\u60c5\u8282: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>C010\u300c\u8f7b\u5fae\u300d when <code>minor</code>
     * <li>C020\u300c\u5176\u4ed6\u300d otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null, or two circumstances declared exclusive both hold
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "\u6848\u4ef6\u4e8b\u5b9e");
        if (facts.minor() && facts.serious()) {
            throw FactChecks.contradiction(code, List.of("minor", "serious"), List.of("\u60c5\u8282\u8f7b\u5fae", "\u60c5\u8282\u4e25\u91cd"), "\u8f7b\u5fae\u4e0e\u4e25\u91cd */ \" \u4e0d\u80fd\u540c\u65f6\u6210\u7acb", facts.minor(), facts.serious());
        }
        if ((facts.minor() && facts.serious()) || (facts.minor() && facts.repeated()) || (facts.serious() && facts.repeated())) {
            throw FactChecks.contradiction(code, List.of("minor", "serious", "repeated"), List.of("\u60c5\u8282\u8f7b\u5fae", "\u60c5\u8282\u4e25\u91cd", "\u591a\u6b21 */ \"\u8fdd\u6cd5\""), "", facts.minor(), facts.serious(), facts.repeated());
        }
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_C020[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 3) {
            int value0 = QuickFacts.bool(facts.get("minor"));
            int value1 = QuickFacts.bool(facts.get("serious"));
            int value2 = QuickFacts.bool(facts.get("repeated"));
            if (value0 != QuickFacts.NOT_READ && value1 != QuickFacts.NOT_READ && value2 != QuickFacts.NOT_READ) {
                return evaluate(new Facts(value0 == 1, value1 == 1, value2 == 1));
            }
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts(reader.bool(0), reader.bool(1), reader.bool(2)));
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        reader = PartialFacts.exclusive(reader, FACT_SPECS, 0, 1);
        reader = PartialFacts.exclusive(reader, FACT_SPECS, 0, 1, 2);
        Facts facts = new Facts(reader.value(0) != null ? reader.bool(0) : false,
                reader.value(1) != null ? reader.bool(1) : false,
                reader.value(2) != null ? reader.bool(2) : false);
        if (facts.minor() && facts.serious()) {
            throw FactChecks.contradiction(code, List.of("minor", "serious"), List.of("\u60c5\u8282\u8f7b\u5fae", "\u60c5\u8282\u4e25\u91cd"), "\u8f7b\u5fae\u4e0e\u4e25\u91cd */ \" \u4e0d\u80fd\u540c\u65f6\u6210\u7acb", facts.minor(), facts.serious());
        }
        if ((facts.minor() && facts.serious()) || (facts.minor() && facts.repeated()) || (facts.serious() && facts.repeated())) {
            throw FactChecks.contradiction(code, List.of("minor", "serious", "repeated"), List.of("\u60c5\u8282\u8f7b\u5fae", "\u60c5\u8282\u4e25\u91cd", "\u591a\u6b21 */ \"\u8fdd\u6cd5\""), "", facts.minor(), facts.serious(), facts.repeated());
        }
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of H00001
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of H00001
     */
    public static H00001Violation of(String code) {
        for (H00001Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e H00001 \u7684\u7f16\u7801\uff1a" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return ClassStandard.ID;
    }

    @Override
    public String title() {
        return "\u4e92\u65a5\u60c5\u8282";
    }

    @Override
    public List<FactSpec> facts() {
        return FACT_SPECS;
    }

    @Override
    public List<String> tierCodes() {
        return tierCodes;
    }

    /**
     * The code and the title, e.g. <code>H00001 \u4e92\u65a5\u60c5\u8282</code>.
     */
    @Override
    public String toString() {
        return code + " \u4e92\u65a5\u60c5\u8282";
    }

    /**
     * The facts of a case of H00001, the inputs of its decision.
     *
     * @param minor \u60c5\u8282\u8f7b\u5fae
     * @param serious \u60c5\u8282\u4e25\u91cd
     * @param repeated \u591a\u6b21 *&#47; "\u8fdd\u6cd5"
     */
    public record Facts(boolean minor, boolean serious, boolean repeated) {
        /**
         * A builder that sets the facts by name.
         *
         * @return an empty builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds {@link Facts} by fact name; every fact must be set.
         */
        public static final class Builder {
            private Boolean minor;

            private Boolean serious;

            private Boolean repeated;

            private Builder() {
            }

            /**
             * Sets \u60c5\u8282\u8f7b\u5fae.
             *
             * @param minor the value
             * @return this builder
             */
            public Builder minor(boolean minor) {
                this.minor = minor;
                return this;
            }

            /**
             * Sets \u60c5\u8282\u4e25\u91cd.
             *
             * @param serious the value
             * @return this builder
             */
            public Builder serious(boolean serious) {
                this.serious = serious;
                return this;
            }

            /**
             * Sets \u591a\u6b21 *&#47; "\u8fdd\u6cd5".
             *
             * @param repeated the value
             * @return this builder
             */
            public Builder repeated(boolean repeated) {
                this.repeated = repeated;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(minor, "H00001", "minor", "\u60c5\u8282\u8f7b\u5fae"),
                        FactChecks.present(serious, "H00001", "serious", "\u60c5\u8282\u4e25\u91cd"),
                        FactChecks.present(repeated, "H00001", "repeated", "\u591a\u6b21 */ \"\u8fdd\u6cd5\""));
            }
        }
    }
}
