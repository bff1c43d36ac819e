package golden.general;

import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Generated;

/**
 * The cited articles of \u300a\u7b2c\u4e8c\u6761\u4f8b\u300b.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenReg2Law {
    /**
     * \u7b2c\u4e00\u6761
     *
     * <p>\u5904\u4e8c\u767e\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
     */
    public static final Citation A1 = new Citation("\u7b2c\u4e8c\u6761\u4f8b", "\u7b2c\u4e00\u6761", "\u5904\u4e8c\u767e\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    private GenReg2Law() {
    }
}
