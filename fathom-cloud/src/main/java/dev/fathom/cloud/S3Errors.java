package dev.fathom.cloud;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** One-line descriptions of what went wrong in an S3 request, for the message of a Fathom error. */
final class S3Errors {
  private S3Errors() {}

  /** HTTP status of a service error, or 0 for client-side failures (no answer). */
  static int status(SdkException e) {
    return e instanceof AwsServiceException s ? s.statusCode() : 0;
  }

  /** The S3 error code (NoSuchKey, AccessDenied, SlowDown...), or "" when there is none (HEAD). */
  static String code(SdkException e) {
    if (e instanceof AwsServiceException s) {
      AwsErrorDetails d = s.awsErrorDetails();
      return d == null || d.errorCode() == null ? "" : d.errorCode();
    }
    return "";
  }

  /** True for a missing object or bucket. */
  static boolean notFound(SdkException e) {
    return status(e) == 404;
  }

  /**
   * What went wrong, e.g. {@code no such object (HTTP 404 NoSuchKey)}, {@code access denied
   * (HTTP 403 AccessDenied): check the credentials ...}, {@code cannot reach the store: ...}.
   */
  static String describe(SdkException e, S3Location where) {
    int status = status(e);
    String code = code(e);
    String http = "HTTP " + status + (code.isEmpty() ? "" : " " + code);
    if (status == 404 && code.equals("NoSuchBucket")) {
      return "no such bucket '" + where.bucket() + "' (" + http + ")";
    }
    if (status == 404) {
      return "no such object (" + http + ")";
    }
    if (status == 403) {
      return "access denied (" + http + "): check the credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, "
          + "AWS_PROFILE, or the instance role) and the bucket's policy";
    }
    if (status == 416) {
      return "the object ends before the range asked (" + http + ")";
    }
    if (status != 0) {
      String msg = e instanceof AwsServiceException s && s.awsErrorDetails() != null ? s.awsErrorDetails().errorMessage() : null;
      return "the store answered " + http + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "request failed: " + msg.toLowerCase(Locale.ROOT).charAt(0) + msg.substring(1);
  }
}
