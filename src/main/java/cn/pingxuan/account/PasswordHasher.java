package cn.pingxuan.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

@Singleton
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes; longer passphrases (24 汉字 already are) are pre-hashed with SHA-512 first. */
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);

    /**
     * Generated one-time passwords carry ~69 bits of randomness. Like NIST SP 800-63B's look-up secrets
     * (≥ 64 bits), they need a salted one-way hash, not a slow one: guessing one is out of reach either way.
     * That is what lets 10,000 imported accounts be created in seconds (bcrypt at its minimum cost took 13 s
     * for 10,000 on two busy cores; at cost 11, minutes). They open nothing but the password change (see
     * {@link Sessions}), and the chosen password gets bcrypt.
     */
    private static final String GENERATED_PREFIX = "$px-sha256$";

    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
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
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return GENERATED_PREFIX + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(sha256(salt, password));
    }

    public boolean matches(String password, String hash) {
        if (hash.startsWith(GENERATED_PREFIX)) {
            String[] parts = hash.substring(GENERATED_PREFIX.length()).split("\\$");
            return parts.length == 2
                    && MessageDigest.isEqual(sha256(BASE64_DECODER.decode(parts[0]), password), BASE64_DECODER.decode(parts[1]));
        }
        return BCrypt.verifyer(BCrypt.Version.VERSION_2A, LONG_PASSWORDS).verify(utf8(password), hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }

    public void burnDecoy(String password) {
        matches(password, decoyHash);
    }

    private static byte[] sha256(byte[] salt, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(utf8(password));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hash(String password, int cost) {
        return new String(BCrypt.with(LONG_PASSWORDS).hash(cost, utf8(password)), StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String password) {
        return password.getBytes(StandardCharsets.UTF_8);
    }
}
