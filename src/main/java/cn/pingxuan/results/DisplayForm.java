package cn.pingxuan.results;

import io.micronaut.serde.annotation.Serdeable;

/** What the public results show besides code, title, category and tier. */
@Serdeable
public record DisplayForm(boolean showAuthors, boolean showUnit, boolean showAdvisor) {
}
