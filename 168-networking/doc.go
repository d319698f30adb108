// 168-networking is a set of network building blocks that run for real on
// loopback: a binary frame format with a multiplexed RPC on top, a generic
// connection pool, a load balancer with health checking and outlier
// ejection, and a reverse proxy on net/http/httputil, compared side by side
// with nginx.
//
// # Framing
//
// Every message is a length-prefixed frame (frame.go) with a magic, a
// version, a type, a stream id and a CRC-32C trailer. The length is checked
// against a limit before any payload byte is read, and the decoder grows its
// buffer only as bytes arrive, so a hostile length field costs nothing. The
// idea of a fixed header with a stream id, so that many requests share one
// connection, is HTTP/2's (RFC 9113 §4); the checksum is not, because a
// teaching protocol that runs over plain TCP benefits from detecting a
// desynchronised stream at once.
//
// Usage:
//
//	go run ./168-networking            # the demo
package main
