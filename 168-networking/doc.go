// Command 168-networking is a set of network building blocks that run for real on
// loopback: a binary frame format with a multiplexed RPC on top, a generic
// connection pool, a load balancer with active health checks and passive
// outlier ejection, and a reverse proxy on net/http/httputil behind a
// hardened http.Server, measured side by side with nginx.
//
// # The lesson
//
// Each layer answers one question a production network service must answer.
//
// Framing (frame.go): where does a message end, and is it intact? A fixed
// header with a length, checked against a limit before any payload is
// read (RFC 9113 §4.2), and a CRC-32C. The decoder grows its buffer only as
// bytes arrive, so a lying length field cannot make it allocate.
//
// Multiplexing (rpc.go): how do many callers share one connection without
// waiting for each other? Stream ids, as in HTTP/2: one read loop routes
// answers to callers, a canceled caller sends CANCEL, PING/PONG finds a dead
// peer in seconds rather than after TCP's retransmission timeout, and GOAWAY
// closes gracefully: calls already taken finish, later ones are refused
// with an error that says "retry elsewhere".
//
// Pooling (pool.go): how many connections, and who gets the next free one?
// A bound (MaxOpen) that holds even while connections are being created or
// closed, FIFO hand-off so that no waiter starves, a separate acquire
// timeout, and lifetimes enforced by a reaper. Rejected: waking all waiters
// on release (a thundering herd in which the luckiest, not the oldest,
// wins) and a LIFO waiter stack (great throughput, unbounded tail latency).
//
// Balancing (balancer.go, health.go): which backend, and which not? Five
// strategies behind one interface, active checks with rise/fall
// hysteresis, and passive ejection whose cool-down grows with each
// ejection and whose reach is capped, so that a broken proxy cannot eject
// its whole fleet.
//
// Proxying (proxy.go, server.go): what does a reverse proxy owe its
// clients and its backends? Headers it can vouch for (Rewrite drops the
// client's X-Forwarded-*), retries only where nothing can have happened
// twice, timeouts that do not cut streams, status codes that say whose
// fault it was (502/503/504 versus a logged 499), and a shutdown that loses
// no request: drain, empty the accept queue, let fresh connections present
// their request, then http.Server.Shutdown.
//
// The upstream fast path (fastpath.go, h1parse.go): what does net/http's
// Transport cost a proxy, and what is left without it? An opt-in
// synchronous HTTP/1.1 client on the pool for bodiless requests: the
// handler's goroutine writes the request, parses the head in one piece
// and streams the body, with no reader and writer goroutines per
// connection; everything else falls back to the Transport.
//
// The server fast path (h1server.go, h1req.go): what does net/http's
// server cost, and how can a proxy avoid it without re-deciding what
// net/http has already decided well? A connection loop of its own that
// serves only the simplest requests — bodiless, origin-form HTTP/1.1 —
// and hands everything else, with the bytes it has read, to net/http
// for the rest of the connection: bodies, upgrades, h2c, HTTP/1.0 and
// malformed heads, so every request-smuggling rule stays net/http's.
// The parser only has to be right about what it accepts, which the
// differential tests and the fuzz target check against net/http itself.
//
// README.md has the diagrams, the policies in full, the measurements
// against nginx and jackc/puddle, and the references.
package main
