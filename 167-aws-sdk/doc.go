// Command 167-aws-sdk holds local emulators of Amazon S3, SQS and Lambda
// that speak the services' real wire protocols, so that the official
// aws-sdk-go-v2 clients and the AWS CLI work against them unmodified,
// together with a retry policy and clients built on aws-sdk-go-v2 that stay
// correct when the services misbehave.
//
// # Why emulate the wire protocol
//
// A mock of an SDK interface tests what the author believes the service
// does. An emulator of the protocol tests what the client really sends: the
// SDK's checksum defaults, its aws-chunked framing over TLS, its escaping of
// keys, its signing of every header, its retries. Every test in this
// directory therefore drives the real service/s3 client over real HTTP
// (httptest, plain and TLS) against the emulator.
//
// # The pieces
//
//   - [Retryer] (retry.go) implements aws.RetryerV2: capped exponential
//     backoff with full, equal or decorrelated jitter (Brooker, "Exponential
//     Backoff And Jitter"), max attempts, a retry-token budget that stops a
//     client from multiplying an outage, the server's x-amz-retry-after
//     hint, and [Classify], which sorts errors into permanent, transient and
//     throttle through errors.As and smithy's interfaces.
//   - [S3] (s3.go, s3multipart.go) is an http.Handler for S3's REST/XML
//     protocol, path- and virtual-host style: buckets, objects with Range,
//     conditionals, metadata, copy, multi-delete, ListObjects(V2) with
//     delimiters and continuation tokens, and multipart upload with S3's
//     "md5-of-part-md5s-N" ETag, over a [MemStore] that keeps each bucket's
//     keys in a B-tree. One route table (s3routes.go) picks the operation
//     by method, target and subresource, and answers 501 NotImplemented
//     for the rest, so an unknown subresource never falls through to a
//     plain PUT. Tagging (s3tagging.go), canned ACLs (s3acl.go: stored and
//     returned as S3's grant documents, never enforced) and the versioning
//     status (s3versioning.go: the status only — objects are not
//     versioned, and a request for any version but "null" is refused
//     with NoSuchVersion rather than answered with the current object)
//     are kept with the bucket or object and persisted with -data.
//   - [SigV4] (sigv4.go) verifies Signature Version 4 on header-signed and
//     presigned requests and on signed aws-chunked bodies; checksum.go
//     decodes aws-chunked bodies and verifies Content-MD5,
//     x-amz-content-sha256 and the flexible x-amz-checksum-* values.
//   - [SQS] (sqs.go, sqsqueue.go) serves AWS JSON 1.0 (the Go SDK) and the
//     Query protocol (the CLI) from one endpoint, with visibility timeouts,
//     long polling, batches, dead-letter redrive and FIFO queues;
//     [Producer] and [Consumer] (sqsclient.go) batch sends and run a
//     worker pool with visibility heartbeats and a graceful shutdown.
//   - [Lambda] (lambda.go) emulates Invoke for Go handlers registered
//     in-process; [Invoker] calls it with typed JSON payloads.
//   - [Edge] (edge.go) serves the three on one port, routed by the SigV4
//     credential scope; with -data, S3 objects (s3disk.go, written to a
//     temporary file and renamed, answered once a shared syncfs(2) that
//     began after the rename has ended: group commit, with a lock per key
//     hash instead of one global lock) and SQS queues (sqsjournal.go, a
//     journal whose answers wait for a group-committed fsync) survive
//     restarts and power loss.
//   - [FaultInjector] (faults.go) fails, delays or drops requests from a
//     seeded profile so that retries are exercised over real sockets.
//   - server-bench.sh (TestServerBench in serverbench_test.go) measures
//     what a server costs: each emulator — ours, gofakes3, a do-nothing
//     net/http floor — runs as a child process of the test binary, one
//     load generator drives them in interleaved rounds, and the child's
//     CPU time comes from /proc/PID/stat.
//   - s3client.go builds SDK clients with config.LoadDefaultConfig and
//     config.WithRetryer, and uses the SDK's transfer manager for concurrent
//     multipart upload and ranged parallel download.
//
// # Decisions
//
// Objects are held as immutable byte slices: a PUT replaces the whole
// object, so a GET serves a slice without holding a lock while it writes to
// a slow client. The body of a PUT is read and verified completely before
// anything is stored, so a request that fails a signature, a digest or a
// length check leaves no trace. Error responses drain the request body first
// (up to 64 MiB), because answering while the client is still sending and
// then closing the connection makes the client see a reset instead of the
// error — which would turn a permanent SignatureDoesNotMatch into a
// "retryable" connection error.
//
// Rejected: net/http.ServeContent for GET (it implements multi-range and
// writes text bodies for 416, where S3 ignores multiple ranges and answers
// XML); a ServeMux in front of the handler (it cleans paths, and S3 keys may
// contain "//" and "..").
package main
