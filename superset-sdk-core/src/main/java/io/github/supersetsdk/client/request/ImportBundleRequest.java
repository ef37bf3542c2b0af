package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Database;
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
 * Immutable and thread-safe; {@link #bundle()} returns a copy.
 */
public final class ImportBundleRequest {

  private final byte[] bundle;
  private final String fileName;
  private final boolean overwrite;
  private final boolean sparse;
  private final Map<String, String> passwords;
  private final Map<String, String> sshTunnelPasswords;
  private final Map<String, String> sshTunnelPrivateKeys;
  private final Map<String, String> sshTunnelPrivateKeyPasswords;
  private final Map<String, Map<String, String>> encryptedExtraSecrets;

  private ImportBundleRequest(Builder b) {
    this.bundle = b.bundle.clone();
    this.fileName = b.fileName;
    this.overwrite = b.overwrite;
    this.sparse = b.sparse;
    this.passwords = Map.copyOf(b.passwords);
    this.sshTunnelPasswords = Map.copyOf(b.sshTunnelPasswords);
    this.sshTunnelPrivateKeys = Map.copyOf(b.sshTunnelPrivateKeys);
    this.sshTunnelPrivateKeyPasswords = Map.copyOf(b.sshTunnelPrivateKeyPasswords);
    Map<String, Map<String, String>> extra = new LinkedHashMap<>();
    b.encryptedExtraSecrets.forEach((k, v) -> extra.put(k, Map.copyOf(v)));
    this.encryptedExtraSecrets = Map.copyOf(extra);
  }

  /**
   * Returns a builder for a bundle held in memory.
   *
   * @param bundle the ZIP bytes; copied
   * @return a new builder
   * @throws NullPointerException if {@code bundle} is null
   * @throws IllegalArgumentException if {@code bundle} is empty
   */
  public static Builder builder(byte[] bundle) {
    Objects.requireNonNull(bundle, "bundle");
    if (bundle.length == 0) {
      throw new IllegalArgumentException("bundle is empty");
    }
    return new Builder(bundle.clone(), "bundle.zip");
  }

  /**
   * Returns a builder for a bundle read from a file.
   *
   * @param file the ZIP file
   * @return a new builder
   * @throws NullPointerException if {@code file} is null
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty
   */
  public static Builder builder(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException("bundle file is empty: " + file);
    }
    Path name = file.getFileName();
    return new Builder(bytes, name == null ? "bundle.zip" : name.toString());
  }

  /**
   * The bundle's bytes.
   *
   * @return a copy of the ZIP bytes
   */
  public byte[] bundle() {
    return bundle.clone();
  }

  /**
   * The file name sent with the bundle.
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Whether existing objects with the same UUIDs are replaced. Chart and dashboard imports refuse
   * to replace without it; asset imports always replace.
   *
   * @return the flag
   */
  public boolean overwrite() {
    return overwrite;
  }

  /**
   * Whether an asset import may update only the fields present in the bundle's files (asset
   * imports only).
   *
   * @return the flag
   */
  public boolean sparse() {
    return sparse;
  }

  /**
   * Database passwords by the database's file path in the bundle.
   *
   * @return the passwords
   */
  public Map<String, String> passwords() {
    return passwords;
  }

  /**
   * SSH tunnel passwords by the database's file path in the bundle.
   *
   * @return the passwords
   */
  public Map<String, String> sshTunnelPasswords() {
    return sshTunnelPasswords;
  }

  /**
   * SSH tunnel private keys by the database's file path in the bundle.
   *
   * @return the keys
   */
  public Map<String, String> sshTunnelPrivateKeys() {
    return sshTunnelPrivateKeys;
  }

  /**
   * Passwords of SSH tunnel private keys by the database's file path in the bundle.
   *
   * @return the passwords
   */
  public Map<String, String> sshTunnelPrivateKeyPasswords() {
    return sshTunnelPrivateKeyPasswords;
  }

  /**
   * Secret values of masked {@code encrypted_extra} fields, by the database's file path and then by
   * JSONPath (e.g. {@code $.credentials_info.private_key}); asset imports only.
   *
   * @return the secrets
   */
  public Map<String, Map<String, String>> encryptedExtraSecrets() {
    return encryptedExtraSecrets;
  }

  /** Names the bundle's size and flags, and the files that have secrets; never a secret value. */
  @Override
  public String toString() {
    return "ImportBundleRequest[fileName=" + fileName
        + ", bytes=" + bundle.length
        + ", overwrite=" + overwrite
        + ", sparse=" + sparse
        + ", passwords=" + passwords.keySet()
        + ", sshTunnelPasswords=" + sshTunnelPasswords.keySet()
        + ", sshTunnelPrivateKeys=" + sshTunnelPrivateKeys.keySet()
        + ", sshTunnelPrivateKeyPasswords=" + sshTunnelPrivateKeyPasswords.keySet()
        + ", encryptedExtraSecrets=" + encryptedExtraSecrets.keySet()
        + "]";
  }

  /** Builds an {@link ImportBundleRequest}. Not thread-safe. */
  public static final class Builder {
    private final byte[] bundle;
    private String fileName;
    private boolean overwrite;
    private boolean sparse;
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, String> sshTunnelPasswords = new LinkedHashMap<>();
    private final Map<String, String> sshTunnelPrivateKeys = new LinkedHashMap<>();
    private final Map<String, String> sshTunnelPrivateKeyPasswords = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> encryptedExtraSecrets = new LinkedHashMap<>();

    private Builder(byte[] bundle, String fileName) {
      this.bundle = bundle;
      this.fileName = fileName;
    }

    /**
     * Sets the file name sent with the bundle. Default: the file's name, or {@code bundle.zip}.
     *
     * @param fileName the name
     * @return this builder
     * @throws NullPointerException if {@code fileName} is null
     */
    public Builder fileName(String fileName) {
      this.fileName = Objects.requireNonNull(fileName, "fileName");
      return this;
    }

    /**
     * Sets whether existing objects with the same UUIDs are replaced. Default {@code false}.
     *
     * @param overwrite the flag
     * @return this builder
     */
    public Builder overwrite(boolean overwrite) {
      this.overwrite = overwrite;
      return this;
    }

    /**
     * Sets whether an asset import updates only the fields present in the bundle. Default {@code
     * false}.
     *
     * @param sparse the flag
     * @return this builder
     */
    public Builder sparse(boolean sparse) {
      this.sparse = sparse;
      return this;
    }

    /**
     * Adds the password of a database in the bundle.
     *
     * @param databaseFile the database's file path in the bundle, e.g. {@code databases/warehouse.yaml}
     * @param password the password
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder password(String databaseFile, String password) {
      passwords.put(Objects.requireNonNull(databaseFile, "databaseFile"), Objects.requireNonNull(password, "password"));
      return this;
    }

    /**
     * Adds the SSH tunnel password of a database in the bundle.
     *
     * @param databaseFile the database's file path in the bundle
     * @param password the password
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder sshTunnelPassword(String databaseFile, String password) {
      sshTunnelPasswords.put(
          Objects.requireNonNull(databaseFile, "databaseFile"), Objects.requireNonNull(password, "password"));
      return this;
    }

    /**
     * Adds the SSH tunnel private key of a database in the bundle.
     *
     * @param databaseFile the database's file path in the bundle
     * @param privateKey the PEM private key
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder sshTunnelPrivateKey(String databaseFile, String privateKey) {
      sshTunnelPrivateKeys.put(
          Objects.requireNonNull(databaseFile, "databaseFile"), Objects.requireNonNull(privateKey, "privateKey"));
      return this;
    }

    /**
     * Adds the password of the SSH tunnel private key of a database in the bundle.
     *
     * @param databaseFile the database's file path in the bundle
     * @param password the key's password
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder sshTunnelPrivateKeyPassword(String databaseFile, String password) {
      sshTunnelPrivateKeyPasswords.put(
          Objects.requireNonNull(databaseFile, "databaseFile"), Objects.requireNonNull(password, "password"));
      return this;
    }

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
      encryptedExtraSecrets
          .computeIfAbsent(Objects.requireNonNull(databaseFile, "databaseFile"), k -> new LinkedHashMap<>())
          .put(Objects.requireNonNull(jsonPath, "jsonPath"), Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ImportBundleRequest build() {
      return new ImportBundleRequest(this);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ImportBundleRequest other
        && java.util.Arrays.equals(bundle, other.bundle)
        && fileName.equals(other.fileName)
        && overwrite == other.overwrite
        && sparse == other.sparse
        && passwords.equals(other.passwords)
        && sshTunnelPasswords.equals(other.sshTunnelPasswords)
        && sshTunnelPrivateKeys.equals(other.sshTunnelPrivateKeys)
        && sshTunnelPrivateKeyPasswords.equals(other.sshTunnelPrivateKeyPasswords)
        && encryptedExtraSecrets.equals(other.encryptedExtraSecrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(bundle), fileName, overwrite, sparse, passwords.keySet());
  }
}
