package dev.fathom.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.fathom.core.FathomException;
import dev.fathom.core.SharedData;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A SEG-Y file read over http(s) with Range requests reads exactly like the local file. */
@Timeout(60)
class HttpSegyTest {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

  @Test
  void urlReadsLikeTheLocalFileWithRangedRequestsOnly() throws Exception {
    Path local = SharedData.require("testdata/segy/segyio/test-data/f3.sgy");
    byte[] data = Files.readAllBytes(local);
    AtomicLong served = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/f3.sgy", ex -> {
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.getResponseHeaders().set("Content-Length", String.valueOf(data.length));
        ex.sendResponseHeaders(200, -1);
        ex.close();
        return;
      }
      Matcher m = RANGE.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Range")));
      if (!m.matches()) {
        ex.sendResponseHeaders(400, -1);
        ex.close();
        return;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Math.min(data.length - 1, Integer.parseInt(m.group(2)));
      ex.getResponseHeaders().set("Content-Range", "bytes " + a + "-" + b + "/" + data.length);
      ex.sendResponseHeaders(206, b - a + 1);
      ex.getResponseBody().write(data, a, b - a + 1);
      served.addAndGet(b - a + 1);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/f3.sgy";
      try (SegyFile remote = SegyFile.open(url); SegyFile file = SegyFile.open(local.toString())) {
        assertEquals(file.traceCount(), remote.traceCount());
        assertEquals(file.layout().format(), remote.layout().format());
        assertEquals(file.geometry().summary(), remote.geometry().summary());
        for (long t : new long[] {0, 17, file.traceCount() - 1}) {
          assertArrayEquals(file.trace(t), remote.trace(t));
        }
        assertArrayEquals(file.traces(100, 50), remote.traces(100, 50));
      }
      assertTrue(served.get() > 0);
      FathomException e = assertThrows(FathomException.class,
          () -> SegyFile.open("http://127.0.0.1:" + server.getAddress().getPort() + "/missing.sgy"));
      assertTrue(e.getMessage().contains("404") || e.getMessage().contains("missing"), e.getMessage());
    } finally {
      server.stop(0);
    }
  }
}
