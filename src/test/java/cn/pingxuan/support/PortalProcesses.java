package cn.pingxuan.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The portal processes a test started ({@code @RegisterExtension}): all are killed after each test, whatever
 * happened, and when the test failed their logs go to the test's output.
 */
public final class PortalProcesses implements AfterEachCallback {

    private final List<PortalProcess> started = new CopyOnWriteArrayList<>();

    public PortalProcess add(PortalProcess portal) {
        started.add(portal);
        return portal;
    }

    public void killAll() {
        started.forEach(PortalProcess::close);
    }

    /** The tail of every process's log, for failure messages. */
    public String logs() {
        return started.stream().map(PortalProcess::log).distinct().collect(Collectors.joining("\n"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        killAll();
        context.getExecutionException().ifPresent(failure -> System.err.println("Portal logs of the failed test "
                + context.getDisplayName() + ":\n" + logs()));
        started.clear();
    }
}
