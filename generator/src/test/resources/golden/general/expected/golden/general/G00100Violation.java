package golden.general;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Codes;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactChecks;
import org.cailiang.runtime.FactReader;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;

/**
 * 有总则的违法行为（G00100）.
 *
 * <p>违法行为：有总则的违法行为
 *
 * <p>法律依据：
 * <ul>
 * <li>《测试条例》第一条（{@link GenRegLaw#A1}）：处五百元以上一千元以下罚款。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B1「一般」：处五百元以上一千元以下罚款。
 * <li>B2「严重」：责令改正，处一万元以上二万元以下罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class G00100Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("G00100", "G00100");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("serious", "严重", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(GenRegLaw.A1);

    private static final List<String> TIER_SUFFIXES = List.of("B1", "B2");

    private static final G00100Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: G00100.
     */
    public static final List<G00100Violation> CODES = List.of(INSTANCES);

    /**
     * G00100：有总则的违法行为.
     */
    public static final G00100Violation G00100 = INSTANCES[0];

    /**
     * B1（一般）.
     */
    private static final Decision[] TIER_B1 = decisions(
        "B1",
        "一般",
        List.<Sanction>of(
            new Sanction.Fine(List.of(GenParties.MAN), false, MoneyRange.of(500L, 1000L), null, false)),
        "处五百元以上一千元以下罚款。");

    /**
     * B2（严重）.
     */
    private static final Decision[] TIER_B2 = decisions(
        "B2",
        "严重",
        List.<Sanction>of(
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(GenParties.ORG), false, MoneyRange.of(10000L, 20000L), null, false)),
        "责令改正，处一万元以上二万元以下罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private G00100Violation(int index, String code) {
        this.index = index;
        this.code = code;
        this.tierCodes = TIER_SUFFIXES.stream().map(code::concat).toList();
    }

    /**
     * One decision of a tier per code of this violation.
     */
    private static Decision[] decisions(String suffix, String circumstance,
            List<Sanction> sanctions, String text) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = new Decision(Gen.ID, CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static G00100Violation[] instances() {
        G00100Violation[] instances = new G00100Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new G00100Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(G00100Violation violation, Facts facts) {
        if (!facts.serious()) {
            return TIER_B1[violation.index];
        }
        if (facts.serious()) {
            return TIER_B2[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 有总则的违法行为: tiers are tried by priority, then in source order; the first whose condition holds applies.
     *
     * <ol>
     * <li>B1「一般」 when <code>not serious</code>
     * <li>B2「严重」 when <code>serious</code>
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     * @throws NoApplicableTierException when no tier applies
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        throw new NoApplicableTierException(code, FactSpec.describe(FACT_SPECS, facts.serious()));
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of G00100
     */
    public static G00100Violation of(String code) {
        for (G00100Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 G00100 的编码：" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return Gen.ID;
    }

    @Override
    public String title() {
        return "有总则的违法行为";
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
     * Decides a case with the general part (总则) the standard uses: the tier, then every adjustment applied, the options offered, the procedure flags and the limitation period.
     *
     * @param facts the facts of the case
     * @param general the general circumstances, dates and proposed fine, e.g. {@link GenGeneral#facts}
     * @return the outcome; never null. Without general facts ({@code GeneralFacts.NONE}) it allocates nothing after the tier's first outcome.
     * @throws IllegalArgumentException when the general facts do not fit the general part
     */
    public CaseDecision evaluate(Facts facts, GeneralFacts general) {
        return GenGeneral.decide(evaluate(facts), general);
    }

    /**
     * The facts of a case of G00100, the inputs of its decision.
     *
     * @param serious 严重
     */
    public record Facts(boolean serious) {
    }
}
