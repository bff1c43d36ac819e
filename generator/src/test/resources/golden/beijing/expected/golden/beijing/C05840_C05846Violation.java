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
import org.cailiang.runtime.internal.PartialPlan;
import org.cailiang.runtime.internal.QuickFacts;

/**
 * \u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f\uff08C05840..C05846\uff09.
 *
 * <p>\u8fdd\u6cd5\u884c\u4e3a\uff1a1\u3001\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b<br>
 * 2\u3001\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f\u3002
 *
 * <p>\u6cd5\u5f8b\u4f9d\u636e\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u4e8c\u5341\u56db\u6761\uff08{@link BeijingPsbImageLaw#ART24}\uff09\uff1a\u8fdd\u53cd\u672c\u529e\u6cd5\u7b2c\u5341\u4e09\u6761\u3001\u7b2c\u5341\u56db\u6761\u7684\u89c4\u5b9a\uff0c\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff0c\u4ee5\u53ca\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7684\u7f5a\u6b3e\uff1b\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a\uff1b\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c\u5341\u4e09\u6761\uff08{@link BeijingPsbImageLaw#ART13}\uff09\uff1a\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7684\u4f7f\u7528\u5355\u4f4d\uff0c\u5e94\u5f53\u5efa\u7acb\u3001\u5065\u5168\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff0c\u9075\u5b88\u4e0b\u5217\u89c4\u5b9a\uff1a<br>
 * \uff08\u4e00\uff09\u5efa\u7acb\u503c\u73ed\u76d1\u770b\u5236\u5ea6\uff0c\u53d1\u73b0\u6d89\u53ca\u516c\u5171\u5b89\u5168\u7684\u53ef\u7591\u4fe1\u606f\u53ca\u65f6\u5411\u516c\u5b89\u673a\u5173\u62a5\u544a\uff1b<br>
 * \uff08\u4e8c\uff09\u5efa\u7acb\u56fe\u50cf\u4fe1\u606f\u4f7f\u7528\u767b\u8bb0\u5236\u5ea6\uff0c\u5bf9\u56fe\u50cf\u4fe1\u606f\u7684\u5f55\u5236\u4eba\u5458\u3001\u8c03\u53d6\u65f6\u95f4\u3001\u8c03\u53d6\u7528\u9014\u7b49\u4e8b\u9879\u8fdb\u884c\u767b\u8bb0\uff1b<br>
 * \uff08\u4e09\uff09\u6309\u7167\u89c4\u5b9a\u671f\u9650\u7559\u5b58\u56fe\u50cf\u4fe1\u606f\uff0c\u4e0d\u5f97\u64c5\u81ea\u5220\u6539\u3001\u7834\u574f\u7559\u5b58\u671f\u9650\u5185\u56fe\u50cf\u4fe1\u606f\u7684\u539f\u59cb\u6570\u636e\u8bb0\u5f55\u3002
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b\u7b2c14\u6761\uff08{@link BeijingPsbImageLaw#ART14}\uff09\uff1a\u8d1f\u8d23\u56fe\u50cf\u4fe1\u606f\u76d1\u770b\u7684\u5de5\u4f5c\u4eba\u5458\uff0c\u5e94\u5f53\u9075\u5b88\u5404\u9879\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff0c\u575a\u5b88\u5c97\u4f4d\uff0c\u7231\u62a4\u4eea\u5668\u8bbe\u5907\uff0c\u4fdd\u5b88\u79d8\u5bc6\u3002\u4e0e\u56fe\u50cf\u4fe1\u606f\u76d1\u770b\u5de5\u4f5c\u65e0\u5173\u7684\u4eba\u5458\u4e0d\u5f97\u64c5\u81ea\u8fdb\u884c\u76d1\u770b\u573a\u6240\u3002\u7559\u5b58\u7684\u56fe\u50cf\u4fe1\u606f\u9664\u6309\u7167\u672c\u529e\u6cd5\u7684\u89c4\u5b9a\u4f7f\u7528\u5916\uff0c\u4efb\u4f55\u4eba\u4e0d\u5f97\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u3002
 * </ul>
 *
 * <p>\u88c1\u91cf\u57fa\u51c6\uff1a
 * <ul>
 * <li>B010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d\uff1a\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
 * <li>B020\u300c\u9020\u6210\u4e25\u91cd\u540e\u679c\u300d\uff1a\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a\uff1b\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb\u3002
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05840_C05846Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05840", "C05846");

    private static final List<FactSpec> FACT_SPECS = ConstantLists.facts(
        new FactSpec("serious", "\u9020\u6210\u4e25\u91cd\u540e\u679c", FactSpec.Type.BOOL, ConstantLists.values()));

    private static final List<Citation> CITATIONS = ConstantLists.citations(BeijingPsbImageLaw.ART24, BeijingPsbImageLaw.ART13, BeijingPsbImageLaw.ART14);

    private static final String[] TIER_SUFFIXES = {"B010", "B020"};

    private static final C05840_C05846Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05840..C05846.
     */
    public static final List<C05840_C05846Violation> CODES = List.of(INSTANCES);

    /**
     * C05840\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05840 = INSTANCES[0];

    /**
     * C05841\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05841 = INSTANCES[1];

    /**
     * C05842\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05842 = INSTANCES[2];

    /**
     * C05843\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05843 = INSTANCES[3];

    /**
     * C05844\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05844 = INSTANCES[4];

    /**
     * C05845\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05845 = INSTANCES[5];

    /**
     * C05846\uff1a\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f.
     */
    public static final C05840_C05846Violation C05846 = INSTANCES[6];

    /**
     * B020\uff08\u9020\u6210\u4e25\u91cd\u540e\u679c\uff09.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "\u9020\u6210\u4e25\u91cd\u540e\u679c",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false),
            new Sanction.Referral("\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a"),
            new Sanction.Referral("\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb")),
        "\u5bf9\u5355\u4f4d\u59042\u4e07\u5143\u4ee5\u4e0a3\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5458\u5206\u522b\u5904500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff1b\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a\uff1b\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb\u3002");

    /**
     * B010\uff08\u4e00\u822c\u60c5\u51b5\u4e0b\uff09.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "\u4e00\u822c\u60c5\u51b5\u4e0b",
        ConstantLists.sanctions(
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(ConstantLists.parties(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "\u5bf9\u5355\u4f4d\u59041\u4e07\u5143\u4ee5\u4e0a2\u4e07\u5143\u4ee5\u4e0b\u7f5a\u6b3e\uff0c\u5bf9\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\u3001\u76f4\u63a5\u8d23\u4efb\u4eba\u5206\u522b500\u5143\u4ee5\u4e0a1000\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    /**
     * The tests of the path for facts left out, as data (the grammar is {@code PartialPlan}'s).
     */
    private static final PartialPlan PARTIAL_PLAN = PartialPlan.of(FACT_SPECS,
            "tier b0 else");

    private static final List<String> REMINDERS = List.of("\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a", "\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05840_C05846Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05840_C05846Violation[] instances() {
        C05840_C05846Violation[] instances = new C05840_C05846Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05840_C05846Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05840_C05846Violation violation, Facts facts) {
        if (facts.serious()) {
            return TIER_B020[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of \u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B020\u300c\u9020\u6210\u4e25\u91cd\u540e\u679c\u300d when <code>serious</code>
     * <li>B010\u300c\u4e00\u822c\u60c5\u51b5\u4e0b\u300d otherwise
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
        return TIER_B010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        // Every fact given, as its type or its plain text: read without the reader.
        if (facts != null && facts.size() == 1) {
            int value0 = QuickFacts.bool(facts.get("serious"));
            if (value0 != QuickFacts.NOT_READ) {
                return evaluate(new Facts(value0 == 1));
            }
        }
        FactReader reader = FactReader.allowingMissing(code, FACT_SPECS, facts);
        if (reader.hasMissing()) {
            return evaluatePartial(reader);
        }
        return evaluate(new Facts(reader.bool(0)));
    }

    /**
     * Decides with facts left out, as the interpreter does: refused naming the missing facts
     * the result depends on, else decided on placeholders for them.
     */
    private Decision evaluatePartial(FactReader reader) {
        Facts facts = new Facts(reader.value(0) != null ? reader.bool(0) : false);
        PARTIAL_PLAN.decide(code, FACT_SPECS, reader);
        return evaluate(facts);
    }

    /**
     * The instance for one code of this violation.
     *
     * @param code one of C05840..C05846
     * @return the instance that decides {@code code}
     * @throws UnknownCodeException when the code is not one of C05840..C05846
     */
    public static C05840_C05846Violation of(String code) {
        for (C05840_C05846Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "\u4e0d\u5c5e\u4e8e C05840..C05846 \u7684\u7f16\u7801\uff1a" + code);
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
        return "\u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f";
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
     * \u63d0\u793a\uff08\u79fb\u9001\uff0c\u672a\u8bbe\u6761\u4ef6\uff0c\u7531\u529e\u6848\u4eba\u5458\u5224\u65ad\uff09\uff1a\u6784\u6210\u8fdd\u53cd\u6cbb\u5b89\u7ba1\u7406\u884c\u4e3a\u7684\uff0c\u7531\u516c\u5b89\u673a\u5173\u4f9d\u6cd5\u5904\u7f5a\uff1b\u6784\u6210\u72af\u7f6a\u7684\uff0c\u4f9d\u6cd5\u8ffd\u7a76\u5211\u4e8b\u8d23\u4efb.
     */
    @Override
    public List<String> reminders() {
        return REMINDERS;
    }

    /**
     * The code and the title, e.g. <code>C05840 \u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f</code>.
     */
    @Override
    public String toString() {
        return code + " \u672a\u5efa\u7acb\u3001\u5065\u5168\u6216\u8005\u8fdd\u53cd\u56fe\u50cf\u4fe1\u606f\u5b89\u5168\u7ba1\u7406\u5236\u5ea6\uff1b\u64c5\u81ea\u67e5\u9605\u3001\u590d\u5236\u3001\u63d0\u4f9b\u3001\u4f20\u64ad\u56fe\u50cf\u4fe1\u606f";
    }

    /**
     * The facts of a case of C05840..C05846, the inputs of its decision.
     *
     * @param serious \u9020\u6210\u4e25\u91cd\u540e\u679c
     */
    public record Facts(boolean serious) {
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
            private Boolean serious;

            private Builder() {
            }

            /**
             * Sets \u9020\u6210\u4e25\u91cd\u540e\u679c.
             *
             * @param serious the value
             * @return this builder
             */
            public Builder serious(boolean serious) {
                this.serious = serious;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(serious, "C05840..C05846", "serious", "\u9020\u6210\u4e25\u91cd\u540e\u679c"));
            }
        }
    }
}
