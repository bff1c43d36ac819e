package golden.features;

import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Generated;

/**
 * The cited articles of \u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class ClassStandardIntLaw {
    /**
     * \u7b2c\u4e00\u6761
     *
     * <p>\u7f5a\u5219\uff1a\u5904\u8fdd\u6cd5\u6240\u5f97\u4e00\u500d\u4ee5\u4e0a\u4e09\u500d\u4ee5\u4e0b\u7f5a\u6b3e\u3002*&#47; class X {} &#47;*<br>
     * \u8def\u5f84 C:&#92;users&#92;new \u4e0e &#92;u000a \u4e0e "\u5f15\u53f7" \u4e0e &lt;script&gt;alert(1)&lt;/script&gt; \u4e0e &#64;author \u4e0e $x
     */
    public static final Citation PUBLIC = new Citation("\u6d4b\u8bd5\u6761\u4f8b */ /* \\u002a\\u002f", "\u7b2c\u4e00\u6761", "\u7f5a\u5219\uff1a\u5904\u8fdd\u6cd5\u6240\u5f97\u4e00\u500d\u4ee5\u4e0a\u4e09\u500d\u4ee5\u4e0b\u7f5a\u6b3e\u3002*/ class X {} /*\n"
            + "\u8def\u5f84 C:\\users\\new \u4e0e \\u000a \u4e0e \"\u5f15\u53f7\" \u4e0e <script>alert(1)</script> \u4e0e @author \u4e0e $x");

    /**
     * \u7b2c\u4e8c\u6761
     *
     * <p>\u8fdd\u6cd5\u884c\u4e3a\u8f7b\u5fae\u5e76\u53ca\u65f6\u6539\u6b63\uff0c\u6ca1\u6709\u9020\u6210\u5371\u5bb3\u540e\u679c\u7684\uff0c\u4e0d\u4e88\u884c\u653f\u5904\u7f5a\u3002
     */
    public static final Citation EXEMPTION = new Citation("\u6d4b\u8bd5\u6761\u4f8b */ /* \\u002a\\u002f", "\u7b2c\u4e8c\u6761", "\u8fdd\u6cd5\u884c\u4e3a\u8f7b\u5fae\u5e76\u53ca\u65f6\u6539\u6b63\uff0c\u6ca1\u6709\u9020\u6210\u5371\u5bb3\u540e\u679c\u7684\uff0c\u4e0d\u4e88\u884c\u653f\u5904\u7f5a\u3002");

    private ClassStandardIntLaw() {
    }
}
