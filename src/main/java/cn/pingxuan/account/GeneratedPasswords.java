package cn.pingxuan.account;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/** One-time passwords for new and reset accounts, printed on slips handed to students: no look-alike characters. */
@Singleton
public class GeneratedPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    /** e.g. "Kx7m-Pq3r-Wt9n": 12 symbols of 56, about 69 bits. */
    public String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
