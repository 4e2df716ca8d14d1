package cn.pingxuan.certificate;

import cn.pingxuan.common.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateWordingTest {

    private static TemplateForm body(String body) {
        return new TemplateForm("荣誉证书", body, null, null, null);
    }

    @Test
    void theDefaultWordingIsValidAndFillsEveryPlaceholder() {
        assertThat(Wording.check(body(Wording.DEFAULT_BODY))).isEmpty();
        String filled = Wording.fill(Wording.DEFAULT_BODY, Map.of("names", "张明、李华", "title", "光影", "contest", "校园微视频大赛",
                "tier", "一等奖"));
        assertThat(filled).isEqualTo("张明、李华同学的作品《光影》在校园微视频大赛中荣获一等奖。特发此证，以资鼓励。");
    }

    @Test
    void unknownPlaceholdersAreNamedWithTheOnesThatExist() {
        List<FieldError> errors = Wording.check(body("{names}的《{title}》荣获{tier}，指导教师{advisor}。"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.message()).contains("未知的占位符：{advisor}").contains("{names}").contains("{category}");
        });
    }

    @Test
    void theBodyMustNameWinnersWorkAndAward() {
        assertThat(Wording.check(body("{names}同学荣获表彰。"))).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("正文必须包含占位符：{title}、{tier}"));
        assertThat(Wording.check(body("{names}《{title}》{tier} {oops"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("花括号不成对"));
    }

    @Test
    void headingAndLinesAreRequiredOrBounded() {
        List<FieldError> errors = Wording.check(new TemplateForm(" ", "", "单".repeat(61), LocalDate.of(2026, 6, 1),
                "签".repeat(61)));
        assertThat(errors).extracting(FieldError::field).containsExactly("heading", "body", "issuer", "signatory");
        assertThat(errors).extracting(FieldError::message)
                .containsExactly("请填写证书标题", "请填写证书正文", "颁发单位不能超过 60 个字", "落款不能超过 60 个字");
    }
}
