package dev.mcplet.server.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the {@code requestState} of a multi round-trip request: AES-GCM (the JDK's, an AEAD), so
 * a client can neither read the answers of earlier rounds nor change them, with the request it
 * belongs to (method, name, arguments) as associated data, so a state presented on any other
 * request fails to open. Keys come from configuration; the first seals, every one opens (key
 * rotation: keep the previous key listed until states sealed with it have expired).
 *
 * <p>basic/patterns/mrtr, Server Requirements: servers "MUST treat requestState as an
 * attacker-controlled input", "MUST protect its integrity (e.g. HMAC or AEAD) and MUST reject
 * state that fails verification", and SHOULD bind it to "a short expiry" and "an identifier for
 * the originating request". The expiry is inside the sealed text and checked by the caller.
 *
 * <p>The wire form is {@code base64url(keyId[4] | iv[12] | ciphertext+tag)}; the key id is the
 * first four bytes of the SHA-256 of the key, so the right key is tried first.
 */
final class StateSeal {

    /** The environment variable with the keys: base64 (or base64url) keys, comma-separated, the sealing key first. */
    static final String KEYS_ENV = "MCPLET_STATE_KEYS";

    private static final int TAG_BITS = 128;
    private static final int IV_BYTES = 12;
    private static final int ID_BYTES = 4;

    private final SecretKeySpec[] keys;
    private final byte[][] ids;
    private final SecureRandom random = new SecureRandom();

    private StateSeal(List<byte[]> rawKeys) {
        this.keys = new SecretKeySpec[rawKeys.size()];
        this.ids = new byte[rawKeys.size()][];
        for (int i = 0; i < keys.length; i++) {
            byte[] raw = rawKeys.get(i);
            checkKey(raw, i + 1);
            keys[i] = new SecretKeySpec(raw.clone(), "AES");
            ids[i] = Arrays.copyOf(sha256(raw), ID_BYTES);
        }
    }

    /** Refuses a key that is not an AES key; {@code number} counts from 1, for the message. */
    static void checkKey(byte[] raw, int number) {
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("a requestState key must be 16, 24 or 32 bytes (AES-128, -192, -256);"
                    + " key " + number + " has " + raw.length);
        }
    }

    /**
     * The seal for the configured keys; without any, the keys of {@link #KEYS_ENV}; without those,
     * a random key of this process, with a warning (a retry that reaches another instance then
     * fails with -32602, so set the keys for any deployment with more than one instance).
     */
    static StateSeal of(List<byte[]> configured, String environment) {
        if (configured != null && !configured.isEmpty()) {
            return new StateSeal(configured);
        }
        if (environment != null && !environment.trim().isEmpty()) {
            return new StateSeal(parseKeys(environment));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        System.err.println("mcplet: no " + KEYS_ENV + " set; multi round-trip requestState is sealed with a key of"
                + " this process only, so a retry that reaches another instance fails. Set " + KEYS_ENV
                + " (base64 AES keys, comma-separated, newest first) or McpServer.builder().stateKeys(...).");
        return new StateSeal(List.of(key));
    }

    /** Keys from their text form: base64 or base64url, comma-separated. */
    static List<byte[]> parseKeys(String text) {
        List<byte[]> keys = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int comma = text.indexOf(',', from);
            int to = comma < 0 ? text.length() : comma;
            String key = text.substring(from, to).trim();
            from = to + 1;
            if (key.isEmpty()) {
                continue;
            }
            try {
                keys.add(key.indexOf('-') >= 0 || key.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(key)
                        : Base64.getDecoder().decode(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(KEYS_ENV + " must list base64 keys separated by commas; entry "
                        + (keys.size() + 1) + " is not base64");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(KEYS_ENV + " lists no key");
        }
        return keys;
    }

    /** Seals {@code plain} for the request {@code binding} with the first key. */
    String seal(byte[] plain, byte[] binding) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys[0], new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding);
            byte[] sealed = cipher.doFinal(plain);
            ByteBuffer out = ByteBuffer.allocate(ID_BYTES + IV_BYTES + sealed.length);
            out.put(ids[0]).put(iv).put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The plain text of a state sealed by one of the keys for the same {@code binding}; null when
     * it is not one: malformed, changed, sealed for another request, or with a key no longer listed.
     */
    byte[] open(String state, byte[] binding) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length < ID_BYTES + IV_BYTES + TAG_BITS / 8) {
            return null;
        }
        byte[] id = Arrays.copyOf(bytes, ID_BYTES);
        for (int i = 0; i < keys.length; i++) {
            if (Arrays.equals(id, ids[i])) {
                return open(keys[i], bytes, binding);
            }
        }
        return null;
    }

    private static byte[] open(SecretKeySpec key, byte[] bytes, byte[] binding) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, ID_BYTES, IV_BYTES));
            cipher.updateAAD(binding);
            return cipher.doFinal(bytes, ID_BYTES + IV_BYTES, bytes.length - ID_BYTES - IV_BYTES);
        } catch (GeneralSecurityException e) {
            return null; // AEADBadTagException: not sealed by this key for this request
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
