package cn.pingxuan.notice;

import cn.pingxuan.media.MediaAssets;
import cn.pingxuan.storage.BlobStore;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static cn.pingxuan.judging.JudgingFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured, a notice's copy goes out through the job queue to users who gave an address. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class NoticeMailTest implements TestPropertyProvider {

    private GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    BlobStore blobs;
    @Inject
    MediaAssets assets;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of("pingxuan.mail.host", "127.0.0.1", "pingxuan.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "pingxuan.mail.from", "评选平台 <noreply@pingxuan.test>", "pingxuan.mail.starttls", "false",
                "pingxuan.http.public-url", "https://pingxuan.example.edu.cn/");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aMailThatCannotBeDeliveredYetIsRetriedUntilTheServerIsBack() throws Exception {
        NoticeFixtures.Team team = NoticeFixtures.submittedTeamEntry(server, json, blobs, assets);
        expect(team.member().put("/api/me/email", Map.of("email", "li.si@example.edu.cn")), 200);
        ServerSetup setup = new ServerSetup(smtp.getSmtp().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp.stop();

        NoticeFixtures.review(team, "APPROVE", null);
        // the request answered at once; the first attempts fail against the closed port and are retried with backoff
        Thread.sleep(1500);
        smtp = new GreenMail(setup);
        smtp.start();

        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("【评选】审查通过：《指尖上的文明》");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("li.si@example.edu.cn");
    }

    @Test
    void aRejectionIsMailedInChineseToTheStudentWhoGaveAnAddress() throws Exception {
        NoticeFixtures.Team team = NoticeFixtures.submittedTeamEntry(server, json, blobs, assets);
        expect(team.submitter().put("/api/me/email", Map.of("email", "zhang.san@example.edu.cn")), 200);
        assertThat(team.submitter().put("/api/me/email", Map.of("email", "不是邮箱")).status()).isEqualTo(400);

        NoticeFixtures.review(team, "REJECT", "视频中出现了未授权的音乐");

        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        // the team member gave no address: nothing else arrives
        Thread.sleep(1500);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("zhang.san@example.edu.cn");
        assertThat(mail.getSubject()).isEqualTo("【评选】审查未通过：《指尖上的文明》");
        assertThat(mail.getHeader("Subject")[0]).as("encoded for transport").startsWith("=?UTF-8?");
        assertThat(mail.getHeader("From")[0]).startsWith("=?UTF-8?").endsWith("<noreply@pingxuan.test>");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("评选平台");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).contains("“" + NoticeFixtures.CONTEST_TITLE + "”", "原因：视频中出现了未授权的音乐",
                "查看详情：https://pingxuan.example.edu.cn/entries/" + team.entryId());
        assertThat(GreenMailUtil.getHeaders(mail)).contains("charset=UTF-8");
    }
}
