package org.mizan.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches a route — a path that is not valid percent-encoding
 * or UTF-8 (400), a URL too long (414), headers too large (431) — as the API's JSON error {@code
 * {"error": {"status", "message"}}}, not Jetty's HTML page. The message is fixed per status:
 * Jetty's own may quote the request.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String body = "{\"error\":{\"status\":" + code + ",\"message\":\"" + message(code) + "\"}}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** What a status means here, in words (no quotes or backslashes). */
  static String message(int code) {
    return switch (code) {
      case 400 ->
          "the request cannot be read: its path or headers are malformed (a path must be valid"
              + " percent-encoded UTF-8, a Content-Length a length, never beside Transfer-Encoding)";
      case 404 -> "no such route";
      case 405 -> "this route does not take this method";
      case 408 -> "the request took too long to arrive";
      case 413 -> "the request body is too large";
      case 414 -> "the URL is too long";
      case 431 -> "the request headers are too large";
      case 500 -> "internal error; the server log has the details";
      case 503 -> "the service is not available now";
      default -> "HTTP error " + code;
    };
  }
}
