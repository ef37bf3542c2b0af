package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An export bundle (a ZIP of YAML files, as Superset's export endpoints produce) to import, with
 * the secrets that exports leave out: database passwords and SSH tunnel credentials, keyed by the
 * bundle's file path of each database (e.g. {@code databases/warehouse.yaml}).
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ImportBundleRequest}
 *
 * <p>{@link #toString()} names the bundle's size and the files that have secrets, never the secrets.
 * Immutable and thread-safe; the bundle is copied in and out.
 *
 * @param bundle the bundle's ZIP bytes
 * @param fileName the file name sent with the bundle; the file's name, or {@code bundle.zip}
 * @param overwrite whether existing objects with the same UUIDs are replaced. Chart and dashboard
 *     imports refuse to replace without it; asset imports always replace
 * @param sparse whether an asset import may update only the fields present in the bundle's files
 *     (asset imports only)
 * @param passwords database passwords by the database's file path in the bundle
 * @param sshTunnelPasswords SSH tunnel passwords by the database's file path in the bundle
 * @param sshTunnelPrivateKeys SSH tunnel private keys (PEM) by the database's file path in the bundle
 * @param sshTunnelPrivateKeyPasswords passwords of SSH tunnel private keys by the database's file path
 *     in the bundle
 * @param encryptedExtraSecrets secret values of masked {@code encrypted_extra} fields, by the
 *     database's file path and then by JSONPath (e.g. {@code $.credentials_info.private_key}); asset
 *     imports only
 */
@GeneratedBuilder
public record ImportBundleRequest(
    byte[] bundle,
    String fileName,
    boolean overwrite,
    boolean sparse,
    @Adder(value = "password", key = "databaseFile") Map<String, String> passwords,
    @Adder(value = "sshTunnelPassword", key = "databaseFile") Map<String, String> sshTunnelPasswords,
    @Adder(value = "sshTunnelPrivateKey", key = "databaseFile") Map<String, String> sshTunnelPrivateKeys,
    @Adder(value = "sshTunnelPrivateKeyPassword", key = "databaseFile") Map<String, String> sshTunnelPrivateKeyPasswords,
    Map<String, Map<String, String>> encryptedExtraSecrets)
    implements ImportBundleRequestBuilder.Methods {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component, a key or a value is null
   * @throws IllegalArgumentException if {@code bundle} is empty
   */
  public ImportBundleRequest {
    bundle = Objects.requireNonNull(bundle, "bundle").clone();
    if (bundle.length == 0) {
      throw new IllegalArgumentException("bundle is empty");
    }
    Objects.requireNonNull(fileName, "fileName");
    passwords = Map.copyOf(passwords);
    sshTunnelPasswords = Map.copyOf(sshTunnelPasswords);
    sshTunnelPrivateKeys = Map.copyOf(sshTunnelPrivateKeys);
    sshTunnelPrivateKeyPasswords = Map.copyOf(sshTunnelPrivateKeyPasswords);
    Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    encryptedExtraSecrets.forEach((file, byPath) -> secrets.put(file, Map.copyOf(byPath)));
    encryptedExtraSecrets = Map.copyOf(secrets);
  }

  /**
   * {@return a new builder for a bundle held in memory}
   *
   * @param bundle the ZIP bytes; copied
   * @throws NullPointerException if {@code bundle} is null
   * @throws IllegalArgumentException if {@code bundle} is empty
   */
  public static Builder builder(byte[] bundle) {
    if (Objects.requireNonNull(bundle, "bundle").length == 0) {
      throw new IllegalArgumentException("bundle is empty");
    }
    return ImportBundleRequestBuilder.create(bundle.clone(), "bundle.zip");
  }

  /**
   * {@return a new builder for a bundle read from a file}
   *
   * @param file the ZIP file
   * @throws NullPointerException if {@code file} is null
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty
   */
  public static Builder builder(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Objects.requireNonNull(file, "file"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException("bundle file is empty: " + file);
    }
    Path name = file.getFileName();
    return ImportBundleRequestBuilder.create(bytes, name == null ? "bundle.zip" : name.toString());
  }

  /** {@return a copy of the bundle's ZIP bytes} */
  @Override
  public byte[] bundle() {
    return bundle.clone();
  }

  /** {@return the bundle's size and flags, and the files that have secrets; never a secret value} */
  @Override
  public String toString() {
    return "ImportBundleRequest[fileName=" + fileName + ", bytes=" + bundle.length + ", overwrite=" + overwrite
        + ", sparse=" + sparse + ", passwords=" + passwords.keySet() + ", sshTunnelPasswords="
        + sshTunnelPasswords.keySet() + ", sshTunnelPrivateKeys=" + sshTunnelPrivateKeys.keySet()
        + ", sshTunnelPrivateKeyPasswords=" + sshTunnelPrivateKeyPasswords.keySet() + ", encryptedExtraSecrets="
        + encryptedExtraSecrets.keySet() + "]";
  }

  // A record compares arrays by identity; a bundle request compares its bytes.
  @Override
  public boolean equals(@Nullable Object o) {
    return ImportBundleRequestBuilder.equals(this, o);
  }

  @Override
  public int hashCode() {
    return ImportBundleRequestBuilder.hashCode(this);
  }

  /** Builds an {@link ImportBundleRequest}. Not thread-safe. */
  public static final class Builder extends ImportBundleRequestBuilder {
    Builder() {}

    /**
     * Adds the secret value of a masked {@code encrypted_extra} field of a database in the bundle
     * (asset imports only).
     *
     * @param databaseFile the database's file path in the bundle
     * @param jsonPath the field, e.g. {@code $.credentials_info.private_key}
     * @param secret the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder encryptedExtraSecret(String databaseFile, String jsonPath, String secret) {
      Objects.requireNonNull(jsonPath, "jsonPath");
      Objects.requireNonNull(secret, "secret");
      // a copy: a map set by encryptedExtraSecrets(Map) may hold immutable ones
      encryptedExtraSecrets.compute(Objects.requireNonNull(databaseFile, "databaseFile"), (file, byPath) -> {
        Map<String, String> copy = byPath == null ? new LinkedHashMap<>() : new LinkedHashMap<>(byPath);
        copy.put(jsonPath, secret);
        return copy;
      });
      return this;
    }
  }
}
