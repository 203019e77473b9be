package dev.fathom.cloud;

import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.core.store.AtomicOutput;
import dev.fathom.core.store.OutputStore;
import dev.fathom.core.store.StoreNames;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An {@link OutputStore} under a prefix of a bucket, {@code s3://bucket/prefix/}: output
 * {@code a/b.npy} is object {@code prefix/a/b.npy}. Objects appear only when complete
 * ({@link S3Output}: one PUT, or a multipart upload completed at close), so {@link #exists}
 * and {@link #list} never see partial outputs.
 */
public final class S3OutputStore implements OutputStore {
  private final S3Location root;
  private final S3Settings settings;
  private final S3Client client;

  private S3OutputStore(S3Location root, S3Settings settings) {
    this.root = new S3Location(root.bucket(), root.prefix());
    this.settings = settings;
    this.client = S3Clients.get(settings);
  }

  /** The store at {@code s3://bucket[/prefix]} with the settings of the environment. */
  public static S3OutputStore open(URI uri) {
    return open(uri, S3Settings.fromEnvironment());
  }

  /** The store at {@code s3://bucket[/prefix]} with {@code settings}; nothing is asked of S3 yet. */
  public static S3OutputStore open(URI uri, S3Settings settings) {
    return new S3OutputStore(S3Location.of(uri), settings);
  }

  @Override
  public String location() {
    return root.toString();
  }

  @Override
  public String locationOf(String name) {
    return root.child(StoreNames.check(name)).toString();
  }

  @Override
  public AtomicOutput create(String name) {
    return new S3Output(client, root.child(StoreNames.check(name)), settings);
  }

  @Override
  public boolean exists(String name) {
    S3Location at = root.child(StoreNames.check(name));
    try {
      client.headObject(b -> b.bucket(at.bucket()).key(at.key()));
      return true;
    } catch (SdkException e) {
      if (S3Errors.notFound(e)) {
        return false;
      }
      throw new SinkAccessException(at.toString(), FathomException.NO_OFFSET, S3Errors.describe(e, at), e);
    }
  }

  @Override
  public List<String> list(String prefix) {
    StoreNames.checkPrefix(prefix);
    String keyPrefix = root.key() + prefix;
    List<String> names = new ArrayList<>();
    try {
      for (S3Object o : client.listObjectsV2Paginator(b -> b.bucket(root.bucket()).prefix(keyPrefix)).contents()) {
        names.add(o.key().substring(root.key().length()));
      }
    } catch (SdkException e) {
      throw new SinkAccessException(root.toString(), FathomException.NO_OFFSET, "cannot list: " + S3Errors.describe(e, root), e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public String toString() {
    return location();
  }
}
