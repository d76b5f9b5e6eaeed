package dev.keel.bench;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Chinese and English ticket texts as a Shanghai service desk sees them, by category topic. */
final class SampleTexts {

    private SampleTexts() {}

    static final Map<String, List<String>> TITLES = Map.of(
            "NET",
            List.of(
                    "VPN 无法连接，提示证书过期",
                    "会议室无线网络频繁掉线",
                    "办公室网速很慢，打开网页要一分钟",
                    "VPN disconnects every ten minutes",
                    "No network on the third floor after the power cut",
                    "Cannot reach the file server from the Suzhou plant"),
            "APP",
            List.of(
                    "ERP 采购订单无法审批",
                    "Outlook 一直提示输入密码",
                    "OA 系统报销单提交后显示空白",
                    "ERP month-end closing job failed",
                    "Shared mailbox not showing in Outlook",
                    "Teams meeting recordings missing"),
            "DB",
            List.of(
                    "月度销售报表数据不一致",
                    "数据库查询超时，门店库存页面打不开",
                    "Sales report shows last week's figures",
                    "Request read access to the warehouse schema"),
            "ACC",
            List.of(
                    "新员工入职需要开通账号和邮箱",
                    "账号被锁定，无法登录电脑",
                    "申请 ERP 财务模块权限",
                    "Password reset for the SAP account",
                    "New starter next Monday needs a laptop and an account",
                    "Remove access for a leaver"),
            "HW",
            List.of(
                    "打印机卡纸，无法打印",
                    "笔记本电脑开机蓝屏",
                    "显示器没有信号",
                    "Laptop battery drains in an hour",
                    "Printer on floor 5 prints blank pages",
                    "Docking station not detecting the second screen"),
            "SEC",
            List.of(
                    "收到可疑钓鱼邮件，已点击链接",
                    "电脑出现勒索软件提示",
                    "Suspicious login from an unknown country",
                    "Phishing e-mail pretending to be the CEO"));

    static final List<String> DETAILS = List.of(
            "从今天上午九点开始出现，重启后问题依旧。影响我们部门大约十个人的工作，请尽快处理。",
            "已经尝试清除缓存并重新登录，还是不行。截图已附上，谢谢！",
            "客户下午要来参观，需要在两点前解决。",
            "Started this morning around nine; a restart did not help. About ten people in my team are affected.",
            "I already cleared the cache and signed in again. Screenshot attached, thanks.",
            "This blocks the month-end closing, please treat it as urgent.");

    static final List<String> AGENT_REPLIES = List.of(
            "您好，我们已收到您的请求，工程师正在处理，请保持电话畅通。",
            "请问问题是从什么时候开始的？其他同事是否也有同样的情况？",
            "已远程协助重置配置，请重新登录后再试一次。",
            "Thanks for reporting this. Could you tell us the exact error message?",
            "We have reset the configuration remotely; please sign out and in again.",
            "The vendor confirmed a fix; we will apply it tonight in the maintenance window.");

    static final List<String> REQUESTER_REPLIES = List.of(
            "好的，谢谢，我下午都在工位。",
            "还是不行，刚才又出现了同样的错误。",
            "现在可以了，非常感谢！",
            "Still the same error after signing in again.",
            "Works now, thank you!",
            "I will be in the office from two o'clock.");

    static final List<String> NOTES = List.of(
            "与网络组确认：交换机端口已恢复。",
            "疑似与上周的补丁有关，已记录到问题单。",
            "Checked the logs: the certificate expired at 02:00.",
            "Known issue, linked to the vendor case.");

    static final List<String> RESOLUTIONS = List.of(
            "重新配置客户端并更新证书后恢复正常。",
            "更换硬件后测试通过。",
            "Reset the password and unlocked the account.",
            "Applied the vendor patch; verified with the requester.");

    static final List<String> SURNAMES = List.of(
            "王 Wang", "李 Li", "张 Zhang", "刘 Liu", "陈 Chen", "杨 Yang", "黄 Huang", "赵 Zhao", "吴 Wu", "周 Zhou", "徐 Xu",
            "孙 Sun", "马 Ma", "朱 Zhu", "胡 Hu", "郭 Guo", "何 He", "林 Lin", "高 Gao", "罗 Luo");

    static final List<String> GIVEN_NAMES = List.of(
            "芳 Fang",
            "伟 Wei",
            "敏 Min",
            "静 Jing",
            "丽 Li",
            "强 Qiang",
            "磊 Lei",
            "军 Jun",
            "洋 Yang",
            "勇 Yong",
            "艳 Yan",
            "杰 Jie",
            "娟 Juan",
            "涛 Tao",
            "明 Ming",
            "超 Chao",
            "秀英 Xiuying",
            "霞 Xia",
            "平 Ping",
            "刚 Gang");

    static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
