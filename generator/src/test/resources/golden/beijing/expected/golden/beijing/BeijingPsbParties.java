package golden.beijing;

import javax.annotation.processing.Generated;
import org.cailiang.runtime.Party;

/**
 * The parties of 《北京市公安局公共安全图像信息系统和住宅区安全防范设施处罚裁量基准》.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class BeijingPsbParties {
    /**
     * 单位（{@code unit}）.
     */
    public static final Party UNIT = new Party("unit", "单位");

    /**
     * 单位主要负责人（{@code principal}）.
     */
    public static final Party PRINCIPAL = new Party("principal", "单位主要负责人");

    /**
     * 直接责任人员（{@code direct}）.
     */
    public static final Party DIRECT = new Party("direct", "直接责任人员");

    /**
     * 个人（{@code individual}）.
     */
    public static final Party INDIVIDUAL = new Party("individual", "个人");

    /**
     * 管理人（{@code manager}）.
     */
    public static final Party MANAGER = new Party("manager", "管理人");

    private BeijingPsbParties() {
    }
}
