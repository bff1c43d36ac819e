package golden.beijing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.cailiang.runtime.internal.HigherLawNotes;
import org.cailiang.runtime.internal.PartialPlan;
import org.cailiang.runtime.internal.QuickFacts;

/**
 * \u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6\uff08C05838\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a\u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e8c\u5341\u4e8c\u6761\uff08{@link BeijingPsbImageLaw#ART22}\uff09\uff1a\u8fdd\u53cd\u672c\u529e\u6cd5\u7b2c\u5341\u4e00\u6761\u7684\u89c4\u5b9a\uff0c\u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u5bf9\u5355\u4f4d\u59041000\u5143\u4ee5\u4e0a1\u4e07\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c11\u6761\uff08{@link BeijingPsbImageLaw#ART11}\uff09\uff1a\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\u4f7f\u7528\u5355\u4f4d\uff0c\u5e94\u5f53\u81ea\u7cfb\u7edf\u7ae3\u5de5\u9a8c\u6536\u5408\u683c\u4e4b\u65e5\u8d7730\u65e5\u5185\uff0c\u5c06\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\u5efa\u8bbe\u60c5\u51b5\u6309\u7167\u4fdd\u536b\u96b6\u5c5e\u5173\u7cfb\u5411\u5e02\u6216\u8005\u533a\u3001\u53bf\u516c\u5b89\u673a\u5173\u5907\u6848\uff1b\u6ca1\u6709\u4fdd\u536b\u96b6\u5c5e\u5173\u7cfb\u7684\uff0c\u5411\u672c\u5355\u4f4d\u6240\u5728\u5730\u7684\u533a\u3001\u53bf\u516c\u5b89\u673a\u5173\u5907\u6848\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>C010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d\uff1a\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u5bf9\u5355\u4f4d\u59041000\u5143\u4ee5\u4e0a5000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * <li>C020\u300c1\u3001\u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848\uff1b2\u3001\u9020\u6210\u5371\u5bb3\u540e\u679c\uff1b3\u3001\u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62\u3002\u300d\uff1a\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u5bf9\u5355\u4f4d\u59045000\u4ee5\u4e0a1\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * </ul>
 *
 * <p>\u6ce8\u610f\uff08\u4e0a\u4f4d\u6cd5\uff0c{@code higherLawNotes}\uff09\uff1a\u539f\u8868\u7167\u5f55\u3001\u4e0d\u4f5c\u6539\u52a8\uff0c\u4f46\u81ea\u56fd\u52a1\u9662\u4ee4\u7b2c799\u53f7\u65bd\u884c\uff082025-04-01\uff09\u8d77\uff0c\u6761\u4f8b\u6548\u529b\u9ad8\u4e8e\u672c\u89c4\u7ae0\uff1a\u672c\u8868\u4e0d\u5f85\u62d2\u4e0d\u6539\u6b63\u5373\u5bf9\u5355\u4f4d\u7f5a\u6b3e\uff0c\u5e76\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u7f5a\u6b3e\uff0c\u6761\u4f8b\u7b2c\u4e8c\u5341\u4e5d\u6761\u53ea\u89c4\u5b9a\u8d23\u4ee4\u9650\u671f\u6539\u6b63\u3001\u62d2\u4e0d\u6539\u6b63\u7684\u59041\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u5bf92025-04-01\u4ee5\u540e\u7684\u884c\u4e3a\u4e0d\u5e94\u7167\u8868\u9002\u7528\uff0c\u987b\u7ecf\u6cd5\u5236\u5ba1\u6838\u4f9d\u6761\u4f8b\u529e\u7406\uff0c\u5e76\u63d0\u8bf7\u5236\u5b9a\u673a\u5173\u4fee\u8ba2\u672c\u8868
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05838Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05838", "C05838");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("refused", "\u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("harm", "\u9020\u6210\u5371\u5bb3\u540e\u679c", FactSpec.Type.BOOL, ConstantLists.values()),
        new FactSpec("otherSerious", "\u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62", FactSpec.Type.BOOL, ConstantLists.values()));

    private static final List<Citation> CITATIONS = ConstantLists.citations(BeijingPsbImageLaw.ART22, BeijingPsbImageLaw.ART11);

    private static final String[] TIER_SUFFIXES = {"C010", "C020"};

    private static final C05838Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05838.
     */
    public static final List<C05838Violation> CODES = List.of(INSTANCES);

    /**
     * C05838\uff1a\u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6.
     */
    public static final C05838Violation C05838 = INSTANCES[0];

    /**
     * C020\uff081\u3001\u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848\uff1b2\u3001\u9020\u6210\u5371\u5bb3\u540e\u679c\uff1b3\u3001\u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62\u3002\uff09.
     */
    private static final Decision[] TIER_C020 = decisions(
        "C020",
        "1\u3001\u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848\uff1b2\u3001\u9020\u6210\u5371\u5bb3\u540e\u679c\uff1b3\u3001\u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62\u3002",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u6539\u6b63"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(5000L, 10000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.atMost(500L), null, false)),
        "\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u5bf9\u5355\u4f4d\u59045000\u4ee5\u4e0a1\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * C010\uff08\u4e00\u822c\u60c5\u51b5\u4e0b\uff09.
     */
    private static final Decision[] TIER_C010 = decisions(
        "C010",
        "\u4e00\u822c\u60c5\u51b5\u4e0b",
        ConstantLists.sanctions(
            new Sanction.Order("\u8d23\u4ee4\u6539\u6b63"),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(1000L, 5000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.atMost(500L), null, false)),
        "\u8d23\u4ee4\u6539\u6b63\uff0c\u5e76\u5bf9\u5355\u4f4d\u59041000\u5143\u4ee5\u4e0a5000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b\u5904500\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "tier or:3 b0 b1 b2 else");

    private static final HigherLawNotes HIGHER_LAW_NOTES = HigherLawNotes.of(
        new String[] {"2025-04-01", ""},
        new String[] {""},
        new String[] {"\u539f\u8868\u7167\u5f55\u3001\u4e0d\u4f5c\u6539\u52a8\uff0c\u4f46\u81ea\u56fd\u52a1\u9662\u4ee4\u7b2c799\u53f7\u65bd\u884c\uff082025-04-01\uff09\u8d77\uff0c\u6761\u4f8b\u6548\u529b\u9ad8\u4e8e\u672c\u89c4\u7ae0\uff1a\u672c\u8868\u4e0d\u5f85\u62d2\u4e0d\u6539\u6b63\u5373\u5bf9\u5355\u4f4d\u7f5a\u6b3e\uff0c\u5e76\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u7f5a\u6b3e\uff0c\u6761\u4f8b\u7b2c\u4e8c\u5341\u4e5d\u6761\u53ea\u89c4\u5b9a\u8d23\u4ee4\u9650\u671f\u6539\u6b63\u3001\u62d2\u4e0d\u6539\u6b63\u7684\u59041\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u5bf92025-04-01\u4ee5\u540e\u7684\u884c\u4e3a\u4e0d\u5e94\u7167\u8868\u9002\u7528\uff0c\u987b\u7ecf\u6cd5\u5236\u5ba1\u6838\u4f9d\u6761\u4f8b\u529e\u7406\uff0c\u5e76\u63d0\u8bf7\u5236\u5b9a\u673a\u5173\u4fee\u8ba2\u672c\u8868"});

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05838Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "\u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05838Violation[] instances() {
        C05838Violation[] instances = new C05838Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05838Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05838Violation violation, Facts facts) {
        if (facts.refused() || facts.harm() || facts.otherSerious()) {
            return TIER_C020[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>C020\u300c1\u3001\u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848\uff1b2\u3001\u9020\u6210\u5371\u5bb3\u540e\u679c\uff1b3\u3001\u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62\u3002\u300d when <code>refused or harm or otherSerious</code>
     * <li>C010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d otherwise
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
        return TIER_C010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 3) {
            int value0 = QuickFacts.bool(facts.get("refused"));
            int value1 = QuickFacts.bool(facts.get("harm"));
            int value2 = QuickFacts.bool(facts.get("otherSerious"));
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
        Facts facts = new Facts(reader.value(0) != null ? reader.bool(0) : false,
                reader.value(1) != null ? reader.bool(1) : false,
                reader.value(2) != null ? reader.bool(2) : false);
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of C05838
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of C05838
     */
    public static C05838Violation of(String code) {
        for (C05838Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e C05838 \u7684\u7f16\u7801\uff1a" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return BeijingPsb.ID;
    }

    @Override
    public String title() {
        return "\u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6";
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
     * The day \u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b took effect: an act before it is not decided under this standard.
     */
    @Override
    public Optional<LocalDate> lawEffective() {
        return Optional.of(LocalDate.of(2007, 4, 1));
    }

    /**
     * What the standard's author recorded of tiers going beyond the higher law, for an act while that law is in force; see the class's description.
     */
    @Override
    public List<String> higherLawNotes(String tierCode, LocalDate act) {
        return HIGHER_LAW_NOTES.on(code, tierCode, act);
    }

    /**
     * The code and the title, e.g. <code>C05838 \u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6</code>.
     */
    @Override
    public String toString() {
        return code + " \u4e0d\u9075\u5b88\u5907\u6848\u5236\u5ea6";
    }

    /**
     * The facts of a case of C05838, the inputs of its decision.
     *
     * @param refused \u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848
     * @param harm \u9020\u6210\u5371\u5bb3\u540e\u679c
     * @param otherSerious \u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62
     */
    public record Facts(boolean refused, boolean harm, boolean otherSerious) {
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
            private Boolean refused;

            private Boolean harm;

            private Boolean otherSerious;

            private Builder() {
            }

            /**
             * Sets \u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848.
             *
             * @param refused the value
             * @return this builder
             */
            public Builder refused(boolean refused) {
                this.refused = refused;
                return this;
            }

            /**
             * Sets \u9020\u6210\u5371\u5bb3\u540e\u679c.
             *
             * @param harm the value
             * @return this builder
             */
            public Builder harm(boolean harm) {
                this.harm = harm;
                return this;
            }

            /**
             * Sets \u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62.
             *
             * @param otherSerious the value
             * @return this builder
             */
            public Builder otherSerious(boolean otherSerious) {
                this.otherSerious = otherSerious;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(refused, "C05838", "refused", "\u8d23\u4ee4\u6539\u6b63\u62d2\u4e0d\u5907\u6848"),
                        FactChecks.present(harm, "C05838", "harm", "\u9020\u6210\u5371\u5bb3\u540e\u679c"),
                        FactChecks.present(otherSerious, "C05838", "otherSerious", "\u5176\u4ed6\u60c5\u8282\u4e25\u91cd\u60c5\u5f62"));
            }
        }
    }
}
