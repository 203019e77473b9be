package dev.fathom.core.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link HttpClient} per connect timeout, shared by all {@link HttpByteSource}s: a client
 * owns a connection pool and a selector thread, too much to make per source. Redirects are
 * followed except from https to http.
 */
final class SharedHttpClients {
  private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private SharedHttpClients() {}

  static HttpClient get(Duration connectTimeout) {
    return CLIENTS.computeIfAbsent(connectTimeout, t -> HttpClient.newBuilder()
        .connectTimeout(t)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build());
  }
}
