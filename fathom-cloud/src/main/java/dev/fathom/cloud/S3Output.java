package dev.fathom.cloud;

import dev.fathom.core.FathomException;
import dev.fathom.core.SinkAccessException;
import dev.fathom.core.store.AtomicOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One object being written. Bytes collect in a buffer of {@link S3Settings#partSize()} bytes;
 * an output that ends within the first buffer is sent as one PUT at {@link #close()}. A larger
 * one becomes a multipart upload: each full buffer is uploaded as a part while the writer fills
 * the next one (up to {@link S3Settings#inFlight()} parts uploading at once, which bounds the
 * memory to {@code (inFlight + 1) * partSize}), and close uploads the last part and completes
 * the upload. Either way S3 shows the object only when it is complete. On {@link #abort()} or
 * any failure the multipart upload is aborted (its parts deleted) and nothing appears.
 */
final class S3Output extends AtomicOutput {
  private final S3Client client;
  private final S3Location at;
  private final int partSize;
  private final Semaphore uploading;
  private byte[] buffer;
  private int filled;
  private String uploadId;
  private final List<CompletableFuture<CompletedPart>> parts = new ArrayList<>();
  private boolean finished;

  S3Output(S3Client client, S3Location at, S3Settings settings) {
    this.client = client;
    this.at = at;
    this.partSize = settings.partSize();
    this.uploading = new Semaphore(settings.inFlight());
    this.buffer = new byte[Math.min(partSize, 1 << 16)];
  }

  @Override
  public String location() {
    return at.toString();
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (finished) {
      throw new IOException("output " + at + " is already closed or aborted");
    }
    while (len > 0) {
      if (filled == partSize) {
        uploadPart();
      }
      if (filled == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(partSize, 2L * buffer.length)); // grow up to a part
      }
      int n = Math.min(len, buffer.length - filled);
      System.arraycopy(b, off, buffer, filled, n);
      filled += n;
      off += n;
      len -= n;
    }
  }

  /** Sends the full buffer as the next part (starting the multipart upload first) and starts a new buffer. */
  private void uploadPart() throws IOException {
    try {
      if (uploadId == null) {
        uploadId = client.createMultipartUpload(r -> r.bucket(at.bucket()).key(at.key())).uploadId();
      }
      uploading.acquire();
    } catch (SdkException e) {
      fail(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort();
      throw new IOException("interrupted while writing " + at);
    }
    int number = parts.size() + 1;
    byte[] part = buffer;
    int length = filled;
    parts.add(CompletableFuture.supplyAsync(() -> {
      try {
        String etag = client.uploadPart(r -> r.bucket(at.bucket()).key(at.key()).uploadId(uploadId).partNumber(number)
            .contentLength((long) length), RequestBody.fromByteBuffer(java.nio.ByteBuffer.wrap(part, 0, length))).eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
      } finally {
        uploading.release();
      }
    }, S3Clients.IO));
    buffer = new byte[partSize];
    filled = 0;
  }

  @Override
  public void close() {
    if (finished) {
      return;
    }
    try {
      if (uploadId == null) {
        client.putObject(r -> r.bucket(at.bucket()).key(at.key()).contentLength((long) filled),
            RequestBody.fromByteBuffer(java.nio.ByteBuffer.wrap(buffer, 0, filled)));
      } else {
        if (filled > 0) {
          uploadPart();
        }
        List<CompletedPart> done = new ArrayList<>();
        for (CompletableFuture<CompletedPart> p : parts) {
          done.add(p.join());
        }
        client.completeMultipartUpload(r -> r.bucket(at.bucket()).key(at.key()).uploadId(uploadId)
            .multipartUpload(m -> m.parts(done)));
      }
      finished = true;
      buffer = null;
    } catch (SdkException e) {
      abortQuietly();
      throw new SinkAccessException(at.toString(), FathomException.NO_OFFSET, "cannot write: " + S3Errors.describe(e, at), e);
    } catch (CompletionException e) {
      abortQuietly();
      Throwable c = e.getCause();
      String why = c instanceof SdkException se ? S3Errors.describe(se, at) : String.valueOf(c);
      throw new SinkAccessException(at.toString(), FathomException.NO_OFFSET, "cannot write a part: " + why, c);
    } catch (IOException e) {
      abortQuietly();
      throw new SinkAccessException(at.toString(), FathomException.NO_OFFSET, "cannot write: " + e.getMessage(), e);
    }
  }

  private void fail(SdkException e) throws IOException {
    abortQuietly();
    throw new IOException("cannot write " + at + ": " + S3Errors.describe(e, at), e);
  }

  @Override
  public void abort() {
    abortQuietly();
  }

  /** Marks the output finished and aborts the multipart upload, if any, once its parts have settled. */
  private void abortQuietly() {
    if (finished) {
      return;
    }
    finished = true;
    buffer = null;
    if (uploadId == null) {
      return;
    }
    for (CompletableFuture<CompletedPart> p : parts) {
      try {
        p.join(); // a part still uploading would outlive the abort and leave a stray part
      } catch (CompletionException ignored) {
        // failed parts are gone anyway
      }
    }
    try {
      client.abortMultipartUpload(r -> r.bucket(at.bucket()).key(at.key()).uploadId(uploadId));
    } catch (SdkException ignored) {
      // nothing more to do: the bucket's lifecycle rule for incomplete uploads is the backstop
    }
  }
}
