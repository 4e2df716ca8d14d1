package cn.pingxuan.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
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
}
