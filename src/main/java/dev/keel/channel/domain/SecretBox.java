package dev.keel.channel.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts mailbox passwords at rest with AES-256-GCM. The key is {@code keel.secret-key} (env {@code
 * KEEL_SECRET_KEY}, base64 of 32 bytes, or any passphrase, which is hashed to 32 bytes); without one, a
 * random key is generated once into {@code <data-dir>/secret.key} readable by the owner only. Cipher
 * texts are {@code v1:} + base64(12-byte nonce + cipher text + tag).
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1:";

    private final SecretKeySpec key;

    SecretBox(@Value("${keel.secret-key:}") String configured, @Value("${keel.data-dir:./data}") String dataDir) {
        this.key = new SecretKeySpec(keyBytes(configured, Path.of(dataDir)), "AES");
    }

    private static byte[] keyBytes(String configured, Path dataDir) {
        if (!configured.isBlank()) {
            return derive(configured.strip());
        }
        Path file = dataDir.resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return derive(Files.readString(file).strip());
            }
            Files.createDirectories(dataDir);
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            String encoded = Base64.getEncoder().encodeToString(fresh);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, encoded, StandardOpenOption.TRUNCATE_EXISTING);
            log.warn(
                    "No keel.secret-key (KEEL_SECRET_KEY) configured: generated a key for mailbox passwords in {}."
                            + " Back it up; every node of a cluster needs the same key.",
                    file.toAbsolutePath());
            return fresh;
        } catch (java.nio.file.FileAlreadyExistsException race) {
            return keyBytes(configured, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static byte[] derive(String value) {
        try {
            byte[] decoded = Base64.getDecoder().decode(value);
            if (decoded.length == 32) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase
        }
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a mailbox secret: was keel.secret-key changed?");
        }
    }
}
