package cn.pingxuan.contest;

import cn.pingxuan.account.Actor;
import cn.pingxuan.account.Sessions;
import cn.pingxuan.account.UserLookup;
import cn.pingxuan.common.DeploymentProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** On the embedded demo, an open contest the demo student can enter right away. */
@Singleton
@Requires(property = "pingxuan.demo.enabled", notEquals = "false")
class DemoContest implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContest.class);
    static final String SLUG = "wangluo-wenming-2026";

    private final ContestService contests;
    private final ContestRepository repository;
    private final UserLookup users;
    private final Sessions sessions;
    private final DeploymentProperties deployment;
    private final Clock clock;

    DemoContest(ContestService contests, ContestRepository repository, UserLookup users, Sessions sessions,
                DeploymentProperties deployment, Clock clock) {
        this.contests = contests;
        this.repository = repository;
        this.users = users;
        this.sessions = sessions;
        this.deployment = deployment;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (deployment.production() || repository.count() > 0) {
            return;
        }
        Actor organizer = users.byUsername("organizer").flatMap(sessions::actorOf).orElse(null);
        if (organizer == null || organizer.unit() == null) {
            return;
        }
        ZoneId zone = ZoneId.of(ContestService.DEFAULT_ZONE);
        Instant today = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        ContestForm form = new ContestForm(SLUG, "网络文明 你我同行 · 2026 校园作品征集", "网络文明",
                """
                        ## 征集主题
                        围绕“网络文明 你我同行”，用短视频、海报或征文讲述你身边的网络文明故事。

                        ## 参赛对象
                        示范大学全体在校学生，可个人或组队（不超过 3 人）参赛。
                        """,
                """
                        1. 作品须为原创，未在其他比赛中获奖；
                        2. 短视频时长不超过 5 分钟，竖屏横屏均可；
                        3. 征文 800–3000 字，书评、影评均可；
                        4. 作品一经提交，视为同意主办方在公益宣传中使用。
                        """,
                organizer.unit().id(), null, ContestService.DEFAULT_ZONE,
                today.minus(Duration.ofDays(1)), today.plus(Duration.ofDays(61)).minusSeconds(1), today.plus(Duration.ofDays(61)),
                today.plus(Duration.ofDays(75)), today.plus(Duration.ofDays(82)), today.plus(Duration.ofDays(83)),
                2, 3, false, null, false,
                List.of(new CategoryForm(null, "短视频", CategoryKind.VIDEO, "微电影、短视频，横竖屏均可", 500L * 1024 * 1024,
                                List.of("mp4", "mov", "webm"), 300, 480, 480, null, null, null, null),
                        new CategoryForm(null, "海报", CategoryKind.IMAGE, "海报、漫画、摄影，可提交组图", 20L * 1024 * 1024,
                                List.of("jpg", "png", "webp", "heic"), null, 800, 800, null, null, 4, null),
                        new CategoryForm(null, "征文", CategoryKind.ESSAY, "征文、书评、影评", 10L * 1024 * 1024,
                                List.of("docx", "pdf", "txt"), null, null, null, 800, 3000, null, null)),
                List.of(new FormField("major_class", "专业班级", FormField.FieldType.TEXT, true, null, null, 40, "如：软件工程 2301 班"),
                        new FormField("phone", "联系电话", FormField.FieldType.TEXT, true, null, 11, 11, "仅用于获奖通知"),
                        new FormField("grade", "年级", FormField.FieldType.SINGLE_CHOICE, false,
                                List.of("大一", "大二", "大三", "大四", "研究生"), null, null, null)));
        ContestDetail created = contests.create(organizer, form, "127.0.0.1");
        contests.changeStatus(organizer, created.id(), ContestStatus.OPEN, "127.0.0.1");
        LOG.info("Seeded the demo contest '{}' at /contests/{}", created.title(), SLUG);
    }
}
