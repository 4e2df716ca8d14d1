package cn.pingxuan.jobs;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class JobRegistryTest {

    @Inject
    JobTasks tasks;

    @Test
    void everyJobTypeHasExactlyOneHandler() {
        assertThat(tasks.byType().keySet()).containsExactlyInAnyOrder(JobType.values());
    }
}
