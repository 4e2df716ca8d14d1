package cn.pingxuan.results;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * Certificate serials such as {@code PX-7K3M-Q9TD-2HVA}: 60 random bits in Crockford base32 (10^18 serials), so
 * nobody can walk the verification page through the award list (the certificates name minors).
 */
@Singleton
public class CertificateSerials {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder serial = new StringBuilder("PX");
        for (int group = 0; group < 3; group++) {
            serial.append('-');
            for (int i = 0; i < 4; i++) {
                serial.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return serial.toString();
    }

    /** Lenient reading of a typed serial: case, O for 0 and I/L for 1, as Crockford base32 allows. */
    public static String normalize(String typed) {
        return typed.strip().toUpperCase().replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
