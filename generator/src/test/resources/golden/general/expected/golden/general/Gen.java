package golden.general;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Violation;

/**
 * 总则示例 *&#47; " &#92;u000a $ &lt;b&gt;.
 *
 * <p>实施的法规：
 * <ul>
 * <li>《测试条例》
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class Gen implements Standard {
    /**
     * The standard's id.
     */
    public static final String ID = "gen";

    /**
     * The standard's official title.
     */
    public static final String TITLE = "总则示例 */ \" \\u000a $ <b>";

    /**
     * The issuing authority.
     */
    public static final String AUTHORITY = "";

    /**
     * The region it applies to.
     */
    public static final String REGION = "";

    private static final List<Violation> VIOLATIONS = collectViolations();

    /**
     * For {@link java.util.ServiceLoader}; the class holds no state.
     */
    public Gen() {
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
    public List<Violation> violations() {
        return VIOLATIONS;
    }

    private static void violations0(List<Violation> all) {
        all.addAll(G00100Violation.CODES);
    }

    private static List<Violation> collectViolations() {
        List<Violation> all = new ArrayList<>();
        violations0(all);
        return List.copyOf(all);
    }
}
