/**
 * Amazon S3 and S3-compatible object stores on the AWS SDK for Java v2: {@code s3://bucket/key}
 * {@link dev.fathom.core.ByteSource}s ({@link dev.fathom.cloud.S3ByteSource}, registered for
 * {@code ByteSource.open("s3://...")}) and an {@link dev.fathom.core.store.OutputStore} for
 * {@code s3://bucket/prefix} ({@link dev.fathom.cloud.S3OutputStore}). Settings:
 * {@link dev.fathom.cloud.S3Settings}; docs/cloud.md.
 */
package dev.fathom.cloud;
