package org.mizan.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body's bytes as the text of a JSON body: UTF-8, as RFC 8259 (section 8.1) requires of
 * JSON exchanged between systems, its byte-order mark (which the RFC lets a reader ignore) left
 * out. Bytes that are not UTF-8 are refused with the line and column of the first of them, counted
 * as the JSON reader counts its own positions (so that both kinds of refusal point alike); a body
 * in UTF-16 or UTF-32, which a JSON reader would otherwise guess and read, mending what is broken
 * in it (a lone surrogate as U+FFFD), is refused as such. Messages never quote the body.
 */
final class JsonBodyText {
  private JsonBodyText() {}

  /**
   * The text of {@code body}.
   *
   * @throws ApiException 400 when the body is UTF-16 or UTF-32 (a byte-order mark {@code FE FF} or
   *     {@code FF FE}, or a zero byte among its first four: JSON begins with an ASCII character),
   *     or is not valid UTF-8
   */
  static String utf8(byte[] body) {
    if (looksWide(body)) {
      throw ApiException.invalid(
          "the body is UTF-16 or UTF-32, not UTF-8: send JSON encoded in UTF-8");
    }
    int start = hasUtf8Mark(body) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
    CharBuffer out = CharBuffer.allocate(body.length - start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      throw ApiException.invalid(
          "the body is not valid UTF-8 (line "
              + line(out)
              + ", column "
              + column(out)
              + "): send JSON encoded in UTF-8");
    }
    out.flip();
    return out.toString();
  }

  private static boolean looksWide(byte[] body) {
    if (body.length >= 2
        && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
      return true;
    }
    for (int i = 0; i < Math.min(4, body.length); i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUtf8Mark(byte[] body) {
    return body.length >= 3
        && body[0] == (byte) 0xEF
        && body[1] == (byte) 0xBB
        && body[2] == (byte) 0xBF;
  }

  /**
   * The line (from 1) after {@code before}, the text read before the bad byte, counted as the JSON
   * reader counts lines in its own messages: a line feed, a carriage return, or the two together
   * end a line.
   */
  private static long line(CharSequence before) {
    long line = 1;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /**
   * The column (from 1) after {@code before}, counted as the JSON reader counts columns in its own
   * messages: in UTF-16 units (a character beyond the Basic Multilingual Plane, an emoji, counts
   * two).
   */
  private static long column(CharSequence before) {
    int start = before.length();
    while (start > 0 && before.charAt(start - 1) != '\n' && before.charAt(start - 1) != '\r') {
      start--;
    }
    return before.length() - start + 1;
  }
}
