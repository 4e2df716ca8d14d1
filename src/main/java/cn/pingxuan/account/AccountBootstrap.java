package cn.pingxuan.account;

import cn.pingxuan.common.DeploymentProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs at start-up: refuses an unsafe production configuration, creates the first administrator from the
 * environment, and seeds the demo organisation into an empty embedded database.
 */
@Context
class AccountBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String DEFAULT_JWT_SECRET = "pingxuan-embedded-default-secret-change-me-in-production";
    private static final int MIN_SECRET_LENGTH = 32;

    private final DeploymentProperties deployment;
    private final BootstrapProperties bootstrap;
    private final String jwtSecret;
    private final UserRepository users;
    private final OrgUnitRepository units;
    private final PasswordHasher hasher;
    private final TransactionOperations<Connection> transactions;

    AccountBootstrap(DeploymentProperties deployment, BootstrapProperties bootstrap,
                     @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String jwtSecret,
                     UserRepository users, OrgUnitRepository units, PasswordHasher hasher,
                     TransactionOperations<Connection> transactions) {
        this.deployment = deployment;
        this.bootstrap = bootstrap;
        this.jwtSecret = jwtSecret;
        this.users = users;
        this.units = units;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    @PostConstruct
    void start() {
        if (deployment.production()) {
            refuseUnsafeProduction();
        }
        transactions.executeWrite(status -> {
            createFirstAdmin();
            if (bootstrap.demo().enabled() && !deployment.production() && users.count() == 0) {
                seedDemo();
            }
            return null;
        });
    }

    private void refuseUnsafeProduction() {
        if (DEFAULT_JWT_SECRET.equals(jwtSecret) || jwtSecret.length() < MIN_SECRET_LENGTH) {
            throw new ConfigurationException("生产模式拒绝启动：请把 PINGXUAN_JWT_SECRET 设为至少 " + MIN_SECRET_LENGTH
                    + " 个字符的随机值 (production refuses the default or a short JWT secret)");
        }
        if (bootstrap.demo().enabled()) {
            LOG.info("Demo data is never seeded in production mode");
        }
        String adminPassword = bootstrap.admin().password();
        if (!adminPassword.isEmpty()) {
            PasswordPolicy.problem(adminPassword, bootstrap.admin().username()).ifPresent(reason -> {
                throw new ConfigurationException("生产模式拒绝启动：PINGXUAN_ADMIN_PASSWORD 不合格（" + reason + "）");
            });
        }
        for (String demoUser : DemoAccounts.usernames()) {
            users.findByUsername(demoUser).filter(AppUser::active)
                    .filter(user -> hasher.matches(DemoAccounts.PASSWORD, user.passwordHash()))
                    .ifPresent(user -> {
                        throw new ConfigurationException("生产模式拒绝启动：账号“" + demoUser
                                + "”仍使用演示密码，请先修改或停用 (an account still has the demo password)");
                    });
        }
    }

    private void createFirstAdmin() {
        String username = bootstrap.admin().username().strip();
        if (username.isEmpty() || users.countActiveWithRole("%,ADMIN,%") > 0) {
            if (deployment.production() && users.countActiveWithRole("%,ADMIN,%") == 0) {
                throw new ConfigurationException("生产模式拒绝启动：尚无管理员，请设置 PINGXUAN_ADMIN_USERNAME 和 PINGXUAN_ADMIN_PASSWORD");
            }
            return;
        }
        String password = bootstrap.admin().password();
        PasswordPolicy.problem(password, username).ifPresent(reason -> {
            throw new ConfigurationException("PINGXUAN_ADMIN_PASSWORD 不合格：" + reason);
        });
        if (users.existsByUsername(username)) {
            throw new ConfigurationException("PINGXUAN_ADMIN_USERNAME “" + username + "” 已是一个非管理员账号");
        }
        users.save(AppUser.create(username, "管理员", null, EnumSet.of(Role.ADMIN), hasher.hashChosen(password), false));
        LOG.info("Created the first administrator '{}'", username);
    }

    private void seedDemo() {
        Map<String, Long> unitIds = new HashMap<>();
        seedUnit(DemoAccounts.TREE, null, unitIds);
        String hash = hasher.hashChosen(DemoAccounts.PASSWORD);
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            users.save(AppUser.create(account.username(), account.displayName(), unitIds.get(account.unitName()),
                    EnumSet.of(account.role()), hash, false));
        }
        LOG.info("Seeded the demo organisation and {} demo accounts", DemoAccounts.ACCOUNTS.size());
    }

    private void seedUnit(DemoAccounts.DemoUnit demo, OrgUnit parent, Map<String, Long> ids) {
        OrgUnit saved = units.save(new OrgUnit(null, parent == null ? null : parent.id(), demo.name(), demo.kind(),
                demo.code(), "", null, null));
        OrgUnit placed = units.update(saved.withPath((parent == null ? "/" : parent.path()) + saved.id() + "/"));
        ids.put(demo.name(), placed.id());
        demo.children().forEach(child -> seedUnit(child, placed, ids));
    }
}
