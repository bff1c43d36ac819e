package golden.features;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.ConstantLists;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.internal.Fines;
import org.cailiang.runtime.internal.PartialPlan;
import org.cailiang.runtime.internal.QuickFacts;

/**
 * \u79fb\u9001\uff08J00001..J00002\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u79fb\u9001
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b\u7b2c\u4e00\u6761\uff08{@link ClassStandardIntLaw#PUBLIC}\uff09\uff1a\u7f5a\u5219\uff1a\u5904\u8fdd\u6cd5\u6240\u5f97\u4e00\u500d\u4ee5\u4e0a\u4e09\u500d\u4ee5\u4e0b\u7f5a\u6b3e\u3002*&#47; class X {} &#47;*<br>
 * \u8def\u5f84 C:&#92;users&#92;new \u4e0e &#92;u000a \u4e0e "\u5f15\u53f7" \u4e0e &lt;script&gt;alert(1)&lt;/script&gt; \u4e0e &#64;author \u4e0e $x
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>D010\u300c\u6709\u8fdd\u6cd5\u6240\u5f97\u300d\uff1a
 * <li>D020\u300c\u5176\u4ed6\u300d\uff1a
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class J00001_J00002Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("J00001", "J00002");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("crime", "\u6784\u6210\u72af\u7f6a", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("police", "\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("income", "\u8fdd\u6cd5\u6240\u5f97", FactSpec.Type.AMOUNT, ConstantLists.values()));

    private static final List<Citation> CITATIONS = ConstantLists.citations(ClassStandardIntLaw.PUBLIC);

    private static final String[] TIER_SUFFIXES = {"D010", "D020"};

    /**
     * \u79fb\u9001\uff1a\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb *&#47; ".
     */
    private static final Decision[] HANDOVER_0 = handovers("\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb */ \"");

    private static final J00001_J00002Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: J00001..J00002.
     */
    public static final List<J00001_J00002Violation> CODES = List.of(INSTANCES);

    /**
     * J00001\uff1a\u79fb\u9001.
     */
    public static final J00001_J00002Violation J00001 = INSTANCES[0];

    /**
     * J00002\uff1a\u79fb\u9001.
     */
    public static final J00001_J00002Violation J00002 = INSTANCES[1];

    private static final Fines.Multiple TIER_D010_1 = new Fines.Multiple(ConstantLists.parties(ClassStandardParties.UNIT), false, new BigDecimal("1"), new BigDecimal("2"), "\u8fdd\u6cd5\u6240\u5f97", false, false);

    private static final Decision.Shape TIER_D010_SHAPE = new Decision.Shape();

    /**
     * D020\uff08\u5176\u4ed6\uff09.
     */
    private static final Decision[] TIER_D020 = decisions(
        "D020",
        "\u5176\u4ed6",
        ConstantLists.sanctions(
            new Sanction.Warning(false),
            new Sanction.Referral("\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a")),
        "");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "end b0 tier a2>0 amounts:2 else beside b1");

    private static final BigDecimal AMOUNT_0 = new BigDecimal("0");

    private static final List<String> REMINDERS = List.of("\u4ec5\u4f5c\u63d0\u793a\u7684\u79fb\u9001");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private J00001_J00002Violation(int index, String code) {
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
            decisions[i] = new Decision(ClassStandard.ID, CODE_NAMES[i], "\u79fb\u9001", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One decision per code of this violation, handing the case over.
     */
    private static Decision[] handovers(String referral) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = Decision.handedOver(ClassStandard.ID, CODE_NAMES[i], "\u79fb\u9001", referral, CITATIONS);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static J00001_J00002Violation[] instances() {
        J00001_J00002Violation[] instances = new J00001_J00002Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new J00001_J00002Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * D010\uff08\u6709\u8fdd\u6cd5\u6240\u5f97\uff09.
     */
    private static Decision tierD010(J00001_J00002Violation violation, Facts facts) {
        return new Decision(
                    ClassStandard.ID,
                    violation.code,
                    "\u79fb\u9001",
                    violation.tierCodes.get(0),
                    "\u6709\u8fdd\u6cd5\u6240\u5f97",
                    List.<Sanction>of(
                        TIER_D010_1.fine(facts.income())),
                    CITATIONS,
                    "",
                    false,
                    TIER_D010_SHAPE);
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(J00001_J00002Violation violation, Facts facts) {
        if (facts.income().compareTo(AMOUNT_0) > 0) {
            return tierD010(violation, facts);
        }
        return null;
    }

    /**
     * Decides a case of \u79fb\u9001: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>D010\u300c\u6709\u8fdd\u6cd5\u6240\u5f97\u300d when <code>income &gt; 0</code>
     * <li>D020\u300c\u5176\u4ed6\u300d otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "\u6848\u4ef6\u4e8b\u5b9e");
        if (facts.crime()) {
            return HANDOVER_0[index];
        }
        Decision decision = decide(this, facts);
        if (decision == null) {
            decision = TIER_D020[this.index];
        }
        if (facts.police()) {
            decision = decision.besides("\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a");
        }
        return decision;
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 3) {
            int value0 = QuickFacts.bool(facts.get("crime"));
            int value1 = QuickFacts.bool(facts.get("police"));
            BigDecimal value2 = QuickFacts.amount(facts.get("income"));
            if (value0 != QuickFacts.NOT_READ && value1 != QuickFacts.NOT_READ && value2 != null) {
                return evaluate(new Facts(value0 == 1, value1 == 1, value2));
            }
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts(reader.bool(0), reader.bool(1), reader.amount(2)));
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        Facts facts = new Facts(reader.value(0) != null ? reader.bool(0) : false,
                reader.value(1) != null ? reader.bool(1) : false,
                reader.value(2) != null ? reader.amount(2) : BigDecimal.ZERO);
        int ending = PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        if (ending == 0) {
            return HANDOVER_0[index];
        }
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of J00001..J00002
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of J00001..J00002
     */
    public static J00001_J00002Violation of(String code) {
        for (J00001_J00002Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e J00001..J00002 \u7684\u7f16\u7801\uff1a" + code);
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
        return "\u79fb\u9001";
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
     * \u63d0\u793a\uff08\u79fb\u9001\uff0c\u672a\u8bbe\u6761\u4ef6\uff0c\u7531\u529e\u6848\u4eba\u5458\u5224\u65ad\uff09\uff1a\u4ec5\u4f5c\u63d0\u793a\u7684\u79fb\u9001.
     */
    @Override
    public List<String> reminders() {
        return REMINDERS;
    }

    /**
     * The code and the title, e.g. <code>J00001 \u79fb\u9001</code>.
     */
    @Override
    public String toString() {
        return code + " \u79fb\u9001";
    }

    /**
     * The facts of a case of J00001..J00002, the inputs of its decision.
     *
     * @param crime \u6784\u6210\u72af\u7f6a
     * @param police \u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a
     * @param income \u8fdd\u6cd5\u6240\u5f97\uff08\u5143\uff0c\u4e0d\u4e3a\u8d1f\u6570\uff09
     */
    public record Facts(boolean crime, boolean police, BigDecimal income) {
        /**
         * Checks the facts.
         *
         * @param crime \u6784\u6210\u72af\u7f6a
         * @param police \u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a
         * @param income \u8fdd\u6cd5\u6240\u5f97\uff08\u5143\uff0c\u4e0d\u4e3a\u8d1f\u6570\uff09
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.amount(income, "J00001..J00002", "income", "\u8fdd\u6cd5\u6240\u5f97");
        }

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
            private Boolean crime;

            private Boolean police;

            private BigDecimal income;

            private Builder() {
            }

            /**
             * Sets \u6784\u6210\u72af\u7f6a.
             *
             * @param crime the value
             * @return this builder
             */
            public Builder crime(boolean crime) {
                this.crime = crime;
                return this;
            }

            /**
             * Sets \u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a.
             *
             * @param police the value
             * @return this builder
             */
            public Builder police(boolean police) {
                this.police = police;
                return this;
            }

            /**
             * Sets \u8fdd\u6cd5\u6240\u5f97.
             *
             * @param income the value
             * @return this builder
             */
            public Builder income(BigDecimal income) {
                this.income = income;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(crime, "J00001..J00002", "crime", "\u6784\u6210\u72af\u7f6a"),
                        FactChecks.present(police, "J00001..J00002", "police", "\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a"),
                        FactChecks.present(income, "J00001..J00002", "income", "\u8fdd\u6cd5\u6240\u5f97"));
            }
        }
    }
}
