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
 * 未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息（C05840..C05846）.
 *
 * <p>违法行为：1、未建立、健全或者违反图像信息安全管理制度；<br>
 * 2、擅自查阅、复制、提供、传播图像信息。
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第二十四条（{@link BeijingPsbImageLaw#ART24}）：违反本办法第十三条、第十四条的规定，未建立、健全或者违反图像信息安全管理制度，以及擅自查阅、复制、提供、传播图像信息的，由公安机关对单位处1万元以上3万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下的罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。
 * <li>《北京市公共安全图像信息系统管理办法》第十三条（{@link BeijingPsbImageLaw#ART13}）：公共安全图像信息系统的使用单位，应当建立、健全图像信息安全管理制度，遵守下列规定：<br>
 * （一）建立值班监看制度，发现涉及公共安全的可疑信息及时向公安机关报告；<br>
 * （二）建立图像信息使用登记制度，对图像信息的录制人员、调取时间、调取用途等事项进行登记；<br>
 * （三）按照规定期限留存图像信息，不得擅自删改、破坏留存期限内图像信息的原始数据记录。
 * <li>《北京市公共安全图像信息系统管理办法》第14条（{@link BeijingPsbImageLaw#ART14}）：负责图像信息监看的工作人员，应当遵守各项图像信息安全管理制度，坚守岗位，爱护仪器设备，保守秘密。与图像信息监看工作无关的人员不得擅自进行监看场所。留存的图像信息除按照本办法的规定使用外，任何人不得擅自查阅、复制、提供、传播。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B010「一般情况下」：对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人分别500元以上1000元以下罚款。
 * <li>B020「造成严重后果」：对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05840_C05846Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05840", "C05846");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("serious", "造成严重后果", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART24, BeijingPsbImageLaw.ART13, BeijingPsbImageLaw.ART14);

    private static final List<String> TIER_SUFFIXES = List.of("B010", "B020");

    private static final C05840_C05846Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05840..C05846.
     */
    public static final List<C05840_C05846Violation> CODES = List.of(INSTANCES);

    /**
     * C05840：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05840 = INSTANCES[0];

    /**
     * C05841：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05841 = INSTANCES[1];

    /**
     * C05842：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05842 = INSTANCES[2];

    /**
     * C05843：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05843 = INSTANCES[3];

    /**
     * C05844：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05844 = INSTANCES[4];

    /**
     * C05845：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05845 = INSTANCES[5];

    /**
     * C05846：未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息.
     */
    public static final C05840_C05846Violation C05846 = INSTANCES[6];

    /**
     * B020（造成严重后果）.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "造成严重后果",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false),
            new Sanction.Referral("构成违反治安管理行为的，由公安机关依法处罚"),
            new Sanction.Referral("构成犯罪的，依法追究刑事责任")),
        "对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。");

    /**
     * B010（一般情况下）.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "一般情况下",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人分别500元以上1000元以下罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05840_C05846Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
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
     * Decides a case of 未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B020「造成严重后果」 when <code>serious</code>
     * <li>B010「一般情况下」 otherwise
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
        return TIER_B010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05840..C05846
     */
    public static C05840_C05846Violation of(String code) {
        for (C05840_C05846Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05840..C05846 的编码：" + code);
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
        return "未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息";
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
        return code + " 未建立、健全或者违反图像信息安全管理制度；擅自查阅、复制、提供、传播图像信息";
    }

    /**
     * The facts of a case of C05840..C05846, the inputs of its decision.
     *
     * @param serious 造成严重后果
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
             * Sets 造成严重后果.
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
                return new Facts(FactChecks.present(serious, "C05840..C05846", "serious", "造成严重后果"));
            }
        }
    }
}
