package cn.pingxuan.notice;

import cn.pingxuan.common.HttpProperties;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one notice as a UTF-8 plain-text e-mail over the configured SMTP server. */
@Singleton
class NoticeMailer {

    private static final String TIMEOUT_MS = "30000";

    private final MailProperties mail;
    private final HttpProperties http;

    NoticeMailer(MailProperties mail, HttpProperties http) {
        this.mail = mail;
        this.http = http;
    }

    void send(String to, Notice notice) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(sender());
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject("【评选】" + notice.title(), StandardCharsets.UTF_8.name());
        message.setText(body(notice), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(notice.createdAt()));
        Transport.send(message);
    }

    /** A display name such as 评选平台 is MIME-encoded, never sent as raw 8-bit bytes in the header. */
    private InternetAddress sender() throws MessagingException {
        InternetAddress parsed = new InternetAddress(mail.sender(), false);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(Notice notice) {
        String base = http.publicUrl().replaceAll("/+$", "");
        String link = notice.link() == null || base.isEmpty() ? "" : "\n\n查看详情：" + base + notice.link();
        return notice.body() + link + "\n\n——此邮件由系统自动发送，请勿回复。";
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", mail.host());
        props.put("mail.smtp.port", String.valueOf(mail.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        props.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        if (mail.starttls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (mail.username().isBlank()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(mail.username(), mail.password());
            }
        });
    }
}
