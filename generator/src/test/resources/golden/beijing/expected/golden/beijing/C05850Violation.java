package golden.beijing;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;

/**
 * 管理人不依法履行管理职责（C05850）.
 *
 * <p>违法行为：违反本办法第九条规定，管理人不依法履行管理职责。
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市住宅区及住宅安全防范设施建设和使用管理办法》第十二条第一款（{@link BeijingPsbResidentialLaw#ART12_1}）：对违反本办法第九条规定，管理人不依法履行管理职责的,由公安机关责令改正，并可处500元以上1000元以下的罚款。
 * <li>《北京市住宅区及住宅安全防范设施建设和使用管理办法》第九条（{@link BeijingPsbResidentialLaw#ART9}）：住宅区及住宅安全防范设施公共部分的使用和维护，由物业管理单位负责；没有物业管理单位的，由产权人负责。<br>
 *     住宅区及住宅的物业管理单位或者产权人（以下简称管理人）应当遵守下列规定：<br>
 * （一）保证安全防范设施不间断运行，并有效记录监控信息；<br>
 * （二）妥善保存监控系统所记录的信息资料，且保存期限不得少于７日；<br>
 * （三）不得擅自改变安全防范设施的用途和位置；<br>
 * （四）建立安全防范设施的日常检查、维护制度，对被损坏或者出现故障的安全防范设施，及时维修、排除故障。<br>
 *     管理人对通过安全防范设施发现的涉嫌犯罪或者违反治安管理的行为应当及时报警。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B000「低额罚款，不需分阶。」：责令改正，并可处500元以上1000元以下的罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05850Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05850", "C05850");

    private static final List<FactSpec> FACT_SPECS = List.of(
    );

    private static final List<Citation> CITATIONS = List.of(BeijingPsbResidentialLaw.ART12_1, BeijingPsbResidentialLaw.ART9);

    private static final List<String> TIER_SUFFIXES = List.of("B000");

    private static final C05850Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05850.
     */
    public static final List<C05850Violation> CODES = List.of(INSTANCES);

    /**
     * C05850：管理人不依法履行管理职责.
     */
    public static final C05850Violation C05850 = INSTANCES[0];

    /**
     * B000（低额罚款，不需分阶。）.
     */
    private static final Decision[] TIER_B000 = decisions(
        "B000",
        "低额罚款，不需分阶。",
        List.<Sanction>of(
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(BeijingPsbParties.MANAGER), false, MoneyRange.of(500L, 1000L), null, true)),
        "责令改正，并可处500元以上1000元以下的罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05850Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "管理人不依法履行管理职责", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05850Violation[] instances() {
        C05850Violation[] instances = new C05850Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05850Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05850Violation violation, Facts facts) {
        return null;
    }

    /**
     * Decides a case of 管理人不依法履行管理职责: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B000「低额罚款，不需分阶。」 otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_B000[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts());
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05850
     */
    public static C05850Violation of(String code) {
        for (C05850Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05850 的编码：" + code);
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
        return "管理人不依法履行管理职责";
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
     * The code and the title, e.g. {@code C05837 擅自…系统}.
     */
    @Override
    public String toString() {
        return code + " 管理人不依法履行管理职责";
    }

    /**
     * The facts of a case of C05850, the inputs of its decision.
     *
     */
    public record Facts() {
    }
}
