/**
 * http(s) {@link dev.fathom.core.ByteSource}s: ranged GETs with retries and timeouts
 * ({@link dev.fathom.core.http.HttpByteSource}, {@link dev.fathom.core.http.HttpOptions}),
 * registered for {@code ByteSource.open("http://...")} by
 * {@link dev.fathom.core.http.HttpByteSourceProvider}.
 */
package dev.fathom.core.http;
