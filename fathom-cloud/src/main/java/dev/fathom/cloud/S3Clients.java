package dev.fathom.cloud;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * One {@link S3Client} per endpoint, region, timeout and retry setting per JVM, shared by every
 * source and store: a client owns a connection pool and is costly to build (the region chain
 * may ask the instance metadata service), a map lookup to reuse. Clients live as long as the
 * JVM.
 *
 * <p>Each client: Apache HttpClient 5 transport (64 connections, the settings' socket timeout
 * as the longest silence of a connection, 10 s to connect); path-style requests to a custom
 * endpoint; checksums only where S3 requires them (older S3-compatible servers reject the
 * others); the SDK's standard retry strategy (5xx, 429, 503 SlowDown, connection errors:
 * {@code retries} retries, exponential backoff with full jitter from
 * {@code retryBaseDelay} up to {@link S3Settings#MAX_RETRY_DELAY}, no circuit breaker: a batch
 * job should wait out throttling rather than fail).
 */
final class S3Clients {
  private static final Map<S3Settings.ClientKey, S3Client> CLIENTS = new ConcurrentHashMap<>();
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Runs ranged GETs and part uploads; daemon threads, created as needed, idle ones expire. */
  static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fathom-s3-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private S3Clients() {}

  static S3Client get(S3Settings settings) {
    return CLIENTS.computeIfAbsent(settings.clientKey(), k -> build(settings));
  }

  private static S3Client build(S3Settings s) {
    S3ClientBuilder b = S3Client.builder()
        .httpClientBuilder(Apache5HttpClient.builder()
            .maxConnections(64)
            .socketTimeout(s.timeout())
            .connectionTimeout(java.time.Duration.ofSeconds(10)))
        .credentialsProvider(credentials(s))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(s.retries() + 1)
            .backoffStrategy(BackoffStrategy.exponentialDelay(s.retryBaseDelay(), S3Settings.MAX_RETRY_DELAY))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(
                s.retryBaseDelay().multipliedBy(2), S3Settings.MAX_RETRY_DELAY))
            .circuitBreakerEnabled(false)
            .build()));
    if (s.endpoint() != null) {
      b.endpointOverride(s.endpoint()).forcePathStyle(true).region(Region.of(s.region() == null ? "us-east-1" : s.region()));
    } else {
      b.region(region(s)).crossRegionAccessEnabled(true);
    }
    return b.build();
  }

  private static Region region(S3Settings s) {
    if (s.region() != null) {
      return Region.of(s.region());
    }
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }

  private static AwsCredentialsProvider credentials(S3Settings s) {
    return s.anonymous() ? AnonymousCredentialsProvider.create() : DefaultCredentialsProvider.builder().build();
  }
}
