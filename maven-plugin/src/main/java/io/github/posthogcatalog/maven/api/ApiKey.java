package io.github.posthogcatalog.maven.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A PostHog personal API key. The value is readable only inside this package, which sends it as
 * the bearer token: {@link #toString()} and every message built from this type leave it out, so
 * that passing the key to a logger or an exception by mistake does not reveal it.
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * Wraps a personal API key.
     *
     * @param value the key as PostHog shows it, normally starting with {@code phx_}
     * @throws IllegalArgumentException when the value is null or blank (the message does not repeat it)
     */
    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The PostHog personal API key is missing or blank");
        }
        return new ApiKey(value.strip());
    }

    /** Returns the key itself, for the {@code Authorization} header only. */
    String value() {
        return value;
    }

    /**
     * Returns a SHA-256 digest of the key in hex. It identifies the key for the shared rate limiter
     * without keeping the key in another map.
     */
    String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && MessageDigest.isEqual(
                key.value.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns a fixed text that never contains the key. */
    @Override
    public String toString() {
        return "ApiKey[redacted]";
    }
}
