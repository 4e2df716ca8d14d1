package cn.pingxuan.notice;

import cn.pingxuan.entry.EntryStatus;
import cn.pingxuan.entry.EntryStatusChanged;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/** A notice's Chinese title and body for a status change, or none when the change is not news to the student. */
record NoticeText(NoticeKind kind, String title, String body) {

    static Optional<NoticeText> of(EntryStatusChanged change, String contestTitle) {
        String work = "《" + change.title() + "》" + (change.code() == null ? "" : "（编号 " + change.code() + "）");
        String yours = "你在“" + contestTitle + "”中提交的作品" + work;
        return Optional.ofNullable(switch (change.to()) {
            case ELIGIBLE -> change.from() == EntryStatus.RECOMMENDED
                    ? new NoticeText(NoticeKind.RECOMMENDATION_WITHDRAWN, "单位撤回推荐：《" + change.title() + "》",
                    "所在单位撤回了对" + yours + "的推荐，作品目前为“审查通过”状态。")
                    : new NoticeText(NoticeKind.SCREENING_APPROVED, "审查通过：《" + change.title() + "》",
                    yours + "已通过资格审查。");
            case REJECTED -> new NoticeText(NoticeKind.SCREENING_REJECTED, "审查未通过：《" + change.title() + "》",
                    yours + "未通过资格审查。" + reason(change.reason()) + "征集截止前，你可以修改作品后重新提交。");
            case SUBMITTED -> change.from() == EntryStatus.DRAFT ? null
                    : new NoticeText(NoticeKind.RETURNED, "作品退回重审：《" + change.title() + "》",
                    yours + "已退回“待审查”状态，将重新进行资格审查。");
            case RECOMMENDED -> new NoticeText(NoticeKind.RECOMMENDED, "单位推荐：《" + change.title() + "》",
                    yours + "已被所在单位推荐参加评审。");
            // only a round's outcome is news; a later correction (an award revoked) is told by whoever makes it
            case ADVANCED -> change.from() != EntryStatus.IN_JUDGING ? null : new NoticeText(NoticeKind.ADVANCED, "晋级：《" + change.title() + "》",
                    "恭喜！" + yours + "在本轮评审中晋级。");
            case ELIMINATED -> change.from() != EntryStatus.IN_JUDGING ? null : new NoticeText(NoticeKind.ELIMINATED, "未晋级：《" + change.title() + "》",
                    yours + "在本轮评审中未能晋级。感谢你的参与！");
            case AWARDED -> new NoticeText(NoticeKind.AWARDED, (change.awardName() == null ? "获奖" : change.awardName())
                    + "：《" + change.title() + "》", "恭喜！" + yours
                    + (change.awardName() == null ? "获奖。" : "荣获" + change.awardName() + "。"));
            case DRAFT, IN_JUDGING, WITHDRAWN -> null;
        });
    }

    private static String reason(@Nullable String reason) {
        return reason == null || reason.isBlank() ? "" : "原因：" + reason.strip() + (reason.strip().matches(".*[。！？.!?]$") ? "" : "。");
    }
}
