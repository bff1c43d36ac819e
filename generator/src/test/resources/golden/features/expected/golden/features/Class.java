package golden.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Violation;

/**
 * 特征：所有处罚种类与条件 *&#47; " &#92;u000a $ &lt;b&gt;.
 *
 * <p>制定机关：测试机关
 * <p>适用地区：测试
 * <p>施行日期：2025-01-01
 * <p>实施的法规：
 * <ul>
 * <li>《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class Class implements Standard {
    /**
     * The standard's id.
     */
    public static final String ID = "class";

    /**
     * The standard's official title.
     */
    public static final String TITLE = "特征：所有处罚种类与条件 */ \" \\u000a $ <b>";

    /**
     * The issuing authority.
     */
    public static final String AUTHORITY = "测试机关";

    /**
     * The region it applies to.
     */
    public static final String REGION = "测试";

    private static final List<Violation> VIOLATIONS = collectViolations();

    /**
     * The first day this version is in force (施行).
     */
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    /**
     * For {@link java.util.ServiceLoader}; the class holds no state.
     */
    public Class() {
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

    @Override
    public Optional<LocalDate> effective() {
        return Optional.of(EFFECTIVE);
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
        all.addAll(F00001_F00003Violation.CODES);
        all.addAll(G00001Violation.CODES);
        all.addAll(H00001Violation.CODES);
        all.addAll(J00001_J00002Violation.CODES);
    }

    private static List<Violation> collectViolations() {
        List<Violation> all = new ArrayList<>();
        violations0(all);
        return List.copyOf(all);
    }
}
