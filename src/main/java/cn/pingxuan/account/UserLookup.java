package cn.pingxuan.account;

import cn.pingxuan.common.LikePatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read access to users for the other features (team members, submitters, judges). */
@Singleton
public class UserLookup {

    private final UserRepository users;

    UserLookup(UserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> byUsername(String username) {
        return users.findByUsername(username.strip()).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    public Map<Long, UserSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids.stream().distinct().toList()).stream()
                .map(UserSummary::of).collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** The address a user gave for notice copies, when they are active and gave one. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long id) {
        return users.findById(id).filter(AppUser::active).map(AppUser::email);
    }

    /** Active users holding a role whose name or username contains {@code text}, for pickers such as a judge pool. */
    @Transactional(readOnly = true)
    public List<UserSummary> activeWithRole(Role role, @Nullable String text, int limit) {
        return users.search(LikePatterns.containing(text), "%", "%," + role.name() + ",%", List.of(true),
                Pageable.from(0, limit)).getContent().stream().map(UserSummary::of).toList();
    }
}
