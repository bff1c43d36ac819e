package golden.beijing;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Violation;

/**
 * 北京市公安局公共安全图像信息系统和住宅区安全防范设施处罚裁量基准.
 *
 * <p>制定机关：北京市公安局
 * <p>适用地区：北京市
 * <p>实施的法规：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》
 * <li>《北京市住宅区及住宅安全防范设施建设和使用管理办法》
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class BeijingPsb implements Standard {
    /**
     * The standard's id.
     */
    public static final String ID = "beijing_psb";

    /**
     * The standard's official title.
     */
    public static final String TITLE = "北京市公安局公共安全图像信息系统和住宅区安全防范设施处罚裁量基准";

    /**
     * The issuing authority.
     */
    public static final String AUTHORITY = "北京市公安局";

    /**
     * The region it applies to.
     */
    public static final String REGION = "北京市";

    private static final List<Violation> VIOLATIONS = collectViolations();

    /**
     * For {@link java.util.ServiceLoader}; the class holds no state.
     */
    public BeijingPsb() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public String authority() {
        return AUTHORITY;
    }

    @Override
    public String region() {
        return REGION;
    }

    /**
     * The id and the title, e.g. {@code beijing-psb 北京市…基准}.
     */
    @Override
    public String toString() {
        return ID + " " + TITLE;
    }

    @Override
    public List<Violation> violations() {
        return VIOLATIONS;
    }

    private static void violations0(List<Violation> all) {
        all.addAll(C05834_C05835Violation.CODES);
        all.addAll(C05836Violation.CODES);
        all.addAll(C05837Violation.CODES);
        all.addAll(C05838Violation.CODES);
        all.addAll(C05839Violation.CODES);
        all.addAll(C05840_C05846Violation.CODES);
        all.addAll(C05847Violation.CODES);
        all.addAll(C05850Violation.CODES);
    }

    private static List<Violation> collectViolations() {
        List<Violation> all = new ArrayList<>();
        violations0(all);
        return List.copyOf(all);
    }
}
