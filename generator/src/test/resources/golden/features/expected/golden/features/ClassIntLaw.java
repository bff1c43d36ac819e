package golden.features;

import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;

/**
 * The cited articles of 《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class ClassIntLaw {
    /**
     * 第一条
     *
     * <p>罚则：处违法所得一倍以上三倍以下罚款。*&#47; class X {} &#47;*<br>
     * 路径 C:&#92;users&#92;new 与 &#92;u000a 与 "引号" 与 &lt;script&gt;alert(1)&lt;/script&gt; 与 &#64;author 与 $x
     */
    public static final Citation PUBLIC = new Citation("测试条例 */ /* \\u002a\\u002f", "第一条", "罚则：处违法所得一倍以上三倍以下罚款。*/ class X {} /*\n"
            + "路径 C:\\users\\new 与 \\u000a 与 \"引号\" 与 <script>alert(1)</script> 与 @author 与 $x");

    /**
     * 第二条
     *
     * <p>违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。
     */
    public static final Citation EXEMPTION = new Citation("测试条例 */ /* \\u002a\\u002f", "第二条", "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。");

    private ClassIntLaw() {
    }
}
