package main

import (
	"net/http"
	"strings"
)

// Edge serves every emulated service on one port, routing each request by
// its shape, as LocalStack's edge port does: first by the service named in
// the SigV4 credential scope (".../us-east-1/sqs/aws4_request"), then, for
// unsigned requests, by protocol markers (X-Amz-Target: AmazonSQS.*, a
// form-encoded POST with an Action, Lambda's /2015-03-31/functions/ path).
// Everything else is S3, whose REST paths can be anything.
//
// A nil service answers 501. Edge is safe for concurrent use if its
// handlers are.
type Edge struct {
	S3     http.Handler
	SQS    http.Handler
	Lambda http.Handler
}

// service names the emulated service r is meant for.
func (e *Edge) service(r *http.Request) string {
	if svc := scopeService(r); svc != "" {
		return svc
	}
	switch {
	case strings.HasPrefix(r.Header.Get("X-Amz-Target"), "AmazonSQS."):
		return "sqs"
	case strings.HasPrefix(r.URL.Path, "/2015-03-31/functions/"):
		return "lambda"
	case r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded"):
		return "sqs"
	}
	return "s3"
}

// scopeService returns the service of the request's SigV4 credential scope.
func scopeService(r *http.Request) string {
	var cred string
	if h := r.Header.Get("Authorization"); h != "" {
		_, after, ok := strings.Cut(h, "Credential=")
		if !ok {
			return ""
		}
		cred, _, _ = strings.Cut(after, ",")
	} else if strings.Contains(r.URL.RawQuery, "X-Amz-Credential=") {
		// Parsed only for presigned URLs: the handler parses the query
		// again, and most requests are header-signed.
		cred = r.URL.Query().Get("X-Amz-Credential")
	}
	parts := strings.Split(cred, "/")
	if len(parts) != 5 {
		return ""
	}
	return parts[3]
}

// ServeHTTP implements http.Handler.
func (e *Edge) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var h http.Handler
	switch e.service(r) {
	case "sqs":
		h = e.SQS
	case "lambda":
		h = e.Lambda
	case "s3":
		h = e.S3
	}
	if h == nil {
		http.Error(w, "service not emulated", http.StatusNotImplemented)
		return
	}
	h.ServeHTTP(w, r)
}
