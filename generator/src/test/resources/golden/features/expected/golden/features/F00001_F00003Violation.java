package golden.features;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.MoneyRange;
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
 * \u5168\u90e8\u6761\u4ef6\u5f62\u5f0f\uff08F00001..F00003\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b\u7b2c\u4e00\u6761\uff08{@link ClassStandardIntLaw#PUBLIC}\uff09\uff1a\u7f5a\u5219\uff1a\u5904\u8fdd\u6cd5\u6240\u5f97\u4e00\u500d\u4ee5\u4e0a\u4e09\u500d\u4ee5\u4e0b\u7f5a\u6b3e\u3002*&#47; class X {} &#47;*<br>
 * \u8def\u5f84 C:&#92;users&#92;new \u4e0e &#92;u000a \u4e0e "\u5f15\u53f7" \u4e0e &lt;script&gt;alert(1)&lt;/script&gt; \u4e0e &#64;author \u4e0e $x
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b\u7b2c\u4e8c\u6761\uff08{@link ClassStandardIntLaw#EXEMPTION}\uff09\uff1a\u8fdd\u6cd5\u884c\u4e3a\u8f7b\u5fae\u5e76\u53ca\u65f6\u6539\u6b63\uff0c\u6ca1\u6709\u9020\u6210\u5371\u5bb3\u540e\u679c\u7684\uff0c\u4e0d\u4e88\u884c\u653f\u5904\u7f5a\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>A001\u300c\u5173\u952e\u5b57\u53d6\u503c\u300d\uff1a\u8b66\u544a *&#47;
 * <li>A002\u300c\u6807\u7b7e\u53d6\u503c\u4e0e in\u300d\uff1a
 * <li>A003\u300c\u91d1\u989d\u8fb9\u754c\uff08\u542b\uff09\u300d\uff1a\u8fdd\u6cd5\u6240\u5f97\u4e00\u81f3\u4e09\u500d
 * <li>A004\u300cnot in \u4e0e !=\u300d\uff1a
 * <li>A005\u300c\u62e9\u4e00\u300d\uff1a
 * <li>A006\u300c\u514d\u7f5a\u300d\uff1a
 * <li>A009\u300c\u5176\u4ed6\u300d\uff1a
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class F00001_F00003Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("F00001", "F00003");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("kind", "\u7c7b\u578b", FactSpec.Type.ENUM, ConstantLists.values(Kind.values())),
        new FactSpec("hashCode", "\u54c8\u5e0c", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("income", "\u8fdd\u6cd5\u6240\u5f97", FactSpec.Type.AMOUNT, ConstantLists.values()),
        new FactSpec("count", "\u4eba\u6570", FactSpec.Type.INT, ConstantLists.values()));

    private static final List<Citation> CITATIONS = ConstantLists.citations(ClassStandardIntLaw.PUBLIC, ClassStandardIntLaw.EXEMPTION);

    private static final String[] TIER_SUFFIXES = {"A001", "A002", "A003", "A004", "A005", "A006", "A009"};

    private static final F00001_F00003Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: F00001..F00003.
     */
    public static final List<F00001_F00003Violation> CODES = List.of(INSTANCES);

    /**
     * F00001\uff1a\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f.
     */
    public static final F00001_F00003Violation F00001 = INSTANCES[0];

    /**
     * F00002\uff1a\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f.
     */
    public static final F00001_F00003Violation F00002 = INSTANCES[1];

    /**
     * F00003\uff1a\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f.
     */
    public static final F00001_F00003Violation F00003 = INSTANCES[2];

    /**
     * A001\uff08\u5173\u952e\u5b57\u53d6\u503c\uff09.
     */
    private static final Decision[] TIER_A001 = decisions(
        "A001",
        "\u5173\u952e\u5b57\u53d6\u503c",
        ConstantLists.sanctions(
            new Sanction.Warning(false)),
        "\u8b66\u544a */");

    /**
     * A002\uff08\u6807\u7b7e\u53d6\u503c\u4e0e in\uff09.
     */
    private static final Decision[] TIER_A002 = decisions(
        "A002",
        "\u6807\u7b7e\u53d6\u503c\u4e0e in",
        ConstantLists.sanctions(
            new Sanction.Criticism(true),
            new Sanction.Order("\u8d23\u4ee4\u6539\u6b63"),
            new Sanction.Fine(ConstantLists.parties(ClassStandardParties.UNIT, ClassStandardParties.UNIT_2), true, new MoneyRange(new BigDecimal("0.5"), new BigDecimal("1.25")), null, false)),
        "");

    private static final Sanction TIER_A003_1 = new Sanction.Confiscation("\u8fdd\u6cd5\u6240\u5f97", false);

    private static final Fines.Multiple TIER_A003_2 = new Fines.Multiple(ConstantLists.parties(ClassStandardParties.UNIT), false, new BigDecimal("1"), new BigDecimal("3"), "\u8fdd\u6cd5\u6240\u5f97", false, false);

    private static final Fines.Multiple TIER_A003_3 = new Fines.Multiple(ConstantLists.parties(ClassStandardParties.PERSON), false, new BigDecimal("0.30"), new BigDecimal("0.50"), "\u8fdd\u6cd5\u6240\u5f97", true, true);

    private static final Sanction TIER_A003_4 = new Sanction.LicenceAction(Sanction.LicenceAction.Action.SUSPEND, "\u8bb8\u53ef\u8bc1", false);

    private static final Decision.Shape TIER_A003_SHAPE = new Decision.Shape();

    /**
     * A004\uff08not in \u4e0e !=\uff09.
     */
    private static final Decision[] TIER_A004 = decisions(
        "A004",
        "not in \u4e0e !=",
        ConstantLists.sanctions(
            new Sanction.Detention(ClassStandardParties.PERSON, 5, 10, false),
            new Sanction.Suspension("\u8d23\u4ee4\u505c\u4ea7\u505c\u4e1a", false),
            new Sanction.Referral("\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb")),
        "");

    /**
     * A005\uff08\u62e9\u4e00\uff09.
     */
    private static final Decision[] TIER_A005 = decisions(
        "A005",
        "\u62e9\u4e00",
        ConstantLists.sanctions(
            new Sanction.Alternative(ConstantLists.sanctions(new Sanction.Warning(false), new Sanction.Fine(ConstantLists.parties(ClassStandardParties.PERSON), false, MoneyRange.atMost(500L), null, false), new Sanction.Detention(ClassStandardParties.PERSON, 0, 5, false)), false)),
        "");

    /**
     * A006\uff08\u514d\u7f5a\uff09.
     */
    private static final Decision[] TIER_A006 = decisions(
        "A006",
        "\u514d\u7f5a",
        ConstantLists.sanctions(
            new Sanction.NoPenalty("\u4e0d\u4e88\u5904\u7f5a", ConstantLists.citations(ClassStandardIntLaw.EXEMPTION))),
        "");

    /**
     * A009\uff08\u5176\u4ed6\uff09.
     */
    private static final Decision[] TIER_A009 = decisions(
        "A009",
        "\u5176\u4ed6",
        ConstantLists.sanctions(
            new Sanction.Warning(false)),
        "");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "tier and:2 e0==0 not b1 tier and:2 e0==1 n3>=3 tier or:2 and:2 a2>=15000 a2<=30000 e0==2 amounts:2 amounts:2 tier and:3 not or:2 e0==0 e0==1 e0!=2 n3<2 tier and:2 n3>100 n3<=200 tier n3>200 else");

    private static final BigDecimal AMOUNT_15000 = new BigDecimal("15000");

    private static final BigDecimal AMOUNT_30000 = new BigDecimal("30000");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private F00001_F00003Violation(int index, String code) {
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
            decisions[i] = new Decision(ClassStandard.ID, CODE_NAMES[i], "\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static F00001_F00003Violation[] instances() {
        F00001_F00003Violation[] instances = new F00001_F00003Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new F00001_F00003Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * A003\uff08\u91d1\u989d\u8fb9\u754c\uff08\u542b\uff09\uff09.
     */
    private static Decision tierA003(F00001_F00003Violation violation, Facts facts) {
        return new Decision(
                    ClassStandard.ID,
                    violation.code,
                    "\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f",
                    violation.tierCodes.get(2),
                    "\u91d1\u989d\u8fb9\u754c\uff08\u542b\uff09",
                    List.<Sanction>of(
                        TIER_A003_1,
                        TIER_A003_2.fine(facts.income()),
                        TIER_A003_3.fine(facts.income()),
                        TIER_A003_4),
                    CITATIONS,
                    "\u8fdd\u6cd5\u6240\u5f97\u4e00\u81f3\u4e09\u500d",
                    false,
                    TIER_A003_SHAPE);
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(F00001_F00003Violation violation, Facts facts) {
        if (facts.kind() == Kind.NEW && !facts.hashCode_()) {
            return TIER_A001[violation.index];
        }
        if ((facts.kind() == Kind.CLASS) && facts.count() >= 3L) {
            return TIER_A002[violation.index];
        }
        if ((facts.income().compareTo(AMOUNT_15000) >= 0 && facts.income().compareTo(AMOUNT_30000) <= 0) || facts.kind() == Kind.FACTS) {
            return tierA003(violation, facts);
        }
        if (!(facts.kind() == Kind.NEW || facts.kind() == Kind.CLASS) && facts.kind() != Kind.FACTS && facts.count() < 2L) {
            return TIER_A004[violation.index];
        }
        if (facts.count() > 100L && facts.count() <= 200L) {
            return TIER_A005[violation.index];
        }
        if (facts.count() > 200L) {
            return TIER_A006[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u5168\u90e8\u6761\u4ef6\u5f62\u5f0f: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>A001\u300c\u5173\u952e\u5b57\u53d6\u503c\u300d when <code>kind == new and not hashCode</code>
     * <li>A002\u300c\u6807\u7b7e\u53d6\u503c\u4e0e in\u300d when <code>kind in {"\u7c7b"} and count &gt;= 3</code>
     * <li>A003\u300c\u91d1\u989d\u8fb9\u754c\uff08\u542b\uff09\u300d when <code>income &gt;= 1.5\u4e07 and income &lt;= 3\u4e07 or kind == facts</code>
     * <li>A004\u300cnot in \u4e0e !=\u300d when <code>kind not in {new, class} and kind != facts and count &lt; 2</code>
     * <li>A005\u300c\u62e9\u4e00\u300d when <code>count &gt; 100 and count &lt;= 200</code>
     * <li>A006\u300c\u514d\u7f5a\u300d when <code>count &gt; 200</code>
     * <li>A009\u300c\u5176\u4ed6\u300d otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "\u6848\u4ef6\u4e8b\u5b9e");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_A009[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 4) {
            Kind value0 = quickKind(facts.get("kind"));
            int value1 = QuickFacts.bool(facts.get("hashCode"));
            BigDecimal value2 = QuickFacts.amount(facts.get("income"));
            long value3 = QuickFacts.count(facts.get("count"));
            if (value0 != null && value1 != QuickFacts.NOT_READ && value2 != null && value3 != QuickFacts.NOT_READ) {
                return evaluate(new Facts(value0, value1 == 1, value2, value3));
            }
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts((Kind) reader.value(0), reader.bool(1), reader.amount(2), reader.integer(3)));
    }

    /**
     * The value of fact {@code kind} given as itself or as the exact text of its id, label
     * or constant name; null for anything else, which the reader then reads or rejects.
     */
    private static Kind quickKind(Object raw) {
        if (raw instanceof String text) {
            return switch (text) {
                case "new", "\u65b0", "NEW" -> Kind.NEW;
                case "class", "\u7c7b", "CLASS" -> Kind.CLASS;
                case "facts", "\u4e8b\u5b9e", "FACTS" -> Kind.FACTS;
                case "other", "\u5176\u4ed6", "OTHER" -> Kind.OTHER;
                default -> null;
            };
        }
        return raw instanceof Kind value ? value : null;
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        Facts facts = new Facts(reader.value(0) != null ? (Kind) reader.value(0) : Kind.values()[0],
                reader.value(1) != null ? reader.bool(1) : false,
                reader.value(2) != null ? reader.amount(2) : BigDecimal.ZERO,
                reader.value(3) != null ? reader.integer(3) : 0L);
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of F00001..F00003
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of F00001..F00003
     */
    public static F00001_F00003Violation of(String code) {
        for (F00001_F00003Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e F00001..F00003 \u7684\u7f16\u7801\uff1a" + code);
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
        return "\u5168\u90e8\u6761\u4ef6\u5f62\u5f0f";
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
     * The code and the title, e.g. <code>F00001 \u5168\u90e8\u6761\u4ef6\u5f62\u5f0f</code>.
     */
    @Override
    public String toString() {
        return code + " \u5168\u90e8\u6761\u4ef6\u5f62\u5f0f";
    }

    /**
     * \u7c7b\u578b\uff08\u4e8b\u5b9e {@code kind} \u7684\u53d6\u503c\uff09.
     */
    public enum Kind implements Labelled {
        /**
         * \u65b0.
         */
        NEW("new", "\u65b0"),

        /**
         * \u7c7b.
         */
        CLASS("class", "\u7c7b"),

        /**
         * \u4e8b\u5b9e.
         */
        FACTS("facts", "\u4e8b\u5b9e"),

        /**
         * \u5176\u4ed6.
         */
        OTHER("other", "\u5176\u4ed6");

        private final String id;

        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /**
         * The value's identifier in the standard's source.
         */
        @Override
        public String id() {
            return id;
        }

        /**
         * The value's official label.
         */
        @Override
        public String label() {
            return label;
        }
    }

    /**
     * The facts of a case of F00001..F00003, the inputs of its decision.
     *
     * @param kind \u7c7b\u578b\uff1a\u65b0\u3001\u7c7b\u3001\u4e8b\u5b9e\u3001\u5176\u4ed6
     * @param hashCode_ \u54c8\u5e0c
     * @param income \u8fdd\u6cd5\u6240\u5f97\uff08\u5143\uff0c\u4e0d\u4e3a\u8d1f\u6570\uff09
     * @param count \u4eba\u6570\uff08\u6574\u6570\uff0c\u4e0d\u4e3a\u8d1f\u6570\uff09
     */
    public record Facts(Kind kind, boolean hashCode_, BigDecimal income, long count) {
        /**
         * Checks the facts.
         *
         * @param kind \u7c7b\u578b\uff1a\u65b0\u3001\u7c7b\u3001\u4e8b\u5b9e\u3001\u5176\u4ed6
         * @param hashCode_ \u54c8\u5e0c
         * @param income \u8fdd\u6cd5\u6240\u5f97\uff08\u5143\uff0c\u4e0d\u4e3a\u8d1f\u6570\uff09
         * @param count \u4eba\u6570\uff08\u6574\u6570\uff0c\u4e0d\u4e3a\u8d1f\u6570\uff09
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.present(kind, "F00001..F00003", "kind", "\u7c7b\u578b");
            FactChecks.amount(income, "F00001..F00003", "income", "\u8fdd\u6cd5\u6240\u5f97");
            FactChecks.count(count, "F00001..F00003", "count", "\u4eba\u6570");
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
            private Kind kind;

            private Boolean hashCode_;

            private BigDecimal income;

            private Long count;

            private Builder() {
            }

            /**
             * Sets \u7c7b\u578b.
             *
             * @param kind the value
             * @return this builder
             */
            public Builder kind(Kind kind) {
                this.kind = kind;
                return this;
            }

            /**
             * Sets \u54c8\u5e0c.
             *
             * @param hashCode_ the value
             * @return this builder
             */
            public Builder hashCode_(boolean hashCode_) {
                this.hashCode_ = hashCode_;
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
             * Sets \u4eba\u6570.
             *
             * @param count the value
             * @return this builder
             */
            public Builder count(long count) {
                this.count = count;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(kind, "F00001..F00003", "kind", "\u7c7b\u578b"),
                        FactChecks.present(hashCode_, "F00001..F00003", "hashCode", "\u54c8\u5e0c"),
                        FactChecks.present(income, "F00001..F00003", "income", "\u8fdd\u6cd5\u6240\u5f97"),
                        FactChecks.present(count, "F00001..F00003", "count", "\u4eba\u6570"));
            }
        }
    }
}
