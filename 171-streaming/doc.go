// Command 171-streaming is an in-process streaming toolkit: publish/subscribe,
// backpressure, typed pipelines, Server-Sent Events and event-time windows,
// each built so that a slow or dead consumer costs only itself and nothing
// leaks when a stream ends.
//
// # Pub/sub without pump goroutines
//
// [Broker] delivers by copying each event into every matching subscriber's
// own bounded ring. The broker starts no goroutines: the subscriber pulls.
// The usual design, a goroutine per subscriber forwarding into a channel,
// has two failure modes that users of r3labs/sse and RxGo keep reporting:
// the forwarder blocks on a full channel and so stalls the publisher (and
// every other subscriber), or it outlives the subscriber because nobody
// closes it. A ring with an [Overflow] policy cannot stall the publisher,
// and with no goroutine there is nothing to leak.
//
// # Backpressure
//
// [Queue] bounds the space between a producer and a consumer and makes the
// choice explicit: wait ([Block]), refuse ([DropNewest]), evict
// ([DropOldest]), or shed with hysteresis above a high watermark
// ([Adaptive]). Every choice is counted in [QueueStats]. [SPSC] is the
// lock-free ring for the one-producer, one-consumer case, where batching
// moves dozens of items for the price of one atomic store.
//
// # Pipelines
//
// [Map], [Filter], [FlatMap], [Batch], [Throttle], [Parallel], [FanOut],
// [Merge] and [Tee] connect stages with bounded channels under one
// [Pipeline] that owns every goroutine: the sender closes, every send also
// watches the context, the first error cancels and [Pipeline.Wait] returns
// it. [FromSeq] and [Stream.All] adapt to and from iter.Seq; breaking out of
// the range loop cancels upstream.
//
// # Server-Sent Events
//
// [AppendMessage] and [Parser] implement the WHATWG wire format, including
// the parts that break streams in practice: lone CR as a line end, one
// stripped space, ids that persist, no line-length limit. [Broadcaster]
// streams a broker to EventSource clients with heartbeats, per-write
// deadlines, Last-Event-ID resume and explicit "gap" events wherever loss is
// unavoidable. [SSEClient] is the Go side: backoff, jitter, retry:, resume.
//
// # Event time
//
// [Windower] aggregates tumbling, sliding and session windows by when events
// happened, closed by a watermark and corrected by late events (the Dataflow
// model); percentiles come from [Sketch], a DDSketch whose relative error is
// bounded and whose merge is exact.
//
// # Beyond one process
//
// [JetStreamBroker] implements the same [MessageBroker] interface over NATS
// JetStream: the stream sequence becomes the SSE id, so a client resumes on
// any instance, and an acknowledged publish survives a restart.
//
// # Rejected designs
//
//   - A broker that blocks publishers on a full subscriber: one slow reader
//     stalls all; offered by channels by default, refused here.
//   - An unbounded subscriber buffer: turns a slow reader into an
//     out-of-memory crash; every buffer here has a bound and a policy.
//   - sync.Cond for waiting: it cannot be combined with ctx.Done(); the
//     queue uses one-token channels passed on as a baton instead.
package main
