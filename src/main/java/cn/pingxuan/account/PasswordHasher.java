package cn.pingxuan.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

@Singleton
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; longer passphrases (24 汉字 already are) are pre-hashed with SHA-512 first. */
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);

    /**
     * Generated one-time passwords carry ~69 bits of randomness, so a low work factor already puts them
     * beyond guessing; it is what lets 10,000 imported accounts be hashed in seconds. They must be changed
     * at first login, and the chosen password gets the full cost.
     */
    static final int GENERATED_PASSWORD_COST = 4;

    private final int cost;
    /** Compared against when the username is unknown, so the response time does not reveal which usernames exist. */
    private final String decoyHash;

    public PasswordHasher(SecurityProperties properties) {
        this.cost = properties.bcryptCost();
        this.decoyHash = hash("decoy-password-for-unknown-users", cost);
    }

    public String hashChosen(String password) {
        return hash(password, cost);
    }

    public String hashGenerated(String password) {
        return hash(password, GENERATED_PASSWORD_COST);
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer(BCrypt.Version.VERSION_2A, LONG_PASSWORDS).verify(utf8(password), hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }

    public void burnDecoy(String password) {
        matches(password, decoyHash);
    }

    private static String hash(String password, int cost) {
        return new String(BCrypt.with(LONG_PASSWORDS).hash(cost, utf8(password)), StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String password) {
        return password.getBytes(StandardCharsets.UTF_8);
    }
}
