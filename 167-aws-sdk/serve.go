package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"time"
)

// serveConfig is what the serve subcommand's flags say.
type serveConfig struct {
	addr       string
	dataDir    string
	tls        bool
	accessKey  string
	secretKey  string
	region     string
	faults     string
	faultSeed  uint64
	verboseLog bool
}

func parseServeFlags(args []string, stderr io.Writer) (serveConfig, error) {
	var c serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:4566", "listen address (port 0 picks a free port)")
	fs.StringVar(&c.dataDir, "data", "", "keep S3 objects and SQS queues in this directory across restarts (default: memory only)")
	fs.BoolVar(&c.tls, "tls", false, "serve HTTPS with a self-signed certificate (aws --no-verify-ssl)")
	fs.StringVar(&c.accessKey, "access-key", "test", "accepted access key id; empty disables SigV4 verification")
	fs.StringVar(&c.secretKey, "secret-key", "test", "secret key for -access-key")
	fs.StringVar(&c.region, "region", "us-east-1", "region the emulator reports")
	fs.StringVar(&c.faults, "faults", "", "fault profile, e.g. 's3:UploadPart=error:0.3,latency:20ms;*:*=drop:0.01'")
	fs.Uint64Var(&c.faultSeed, "fault-seed", 1, "seed of the fault profile's random source")
	fs.BoolVar(&c.verboseLog, "v", false, "log every failed request")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: 167-aws-sdk serve [flags]

Serves the S3 (REST/XML), SQS (JSON 1.0 and Query) and Lambda (Invoke) emulators
on one port, routed by request shape, with SigV4 verification. Lambda functions:
echo, upper ({"text": ...}) and fail.

Examples:
  go run ./167-aws-sdk serve -addr 127.0.0.1:4566 -data /tmp/emulator-data
  AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
    aws --endpoint-url http://127.0.0.1:4566 s3 mb s3://demo
  aws --endpoint-url http://127.0.0.1:4566 sqs create-queue --queue-name jobs
  aws --endpoint-url http://127.0.0.1:4566 lambda invoke --function-name echo \
    --cli-binary-format raw-in-base64-out --payload '{"hi":1}' out.json

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return c, err
		}
		return c, fmt.Errorf("serve: %w", errUsage)
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("serve: unexpected argument %q: %w", fs.Arg(0), errUsage)
	}
	if (c.accessKey == "") != (c.secretKey == "") {
		return c, fmt.Errorf("serve: -access-key and -secret-key go together: %w", errUsage)
	}
	if _, err := ParseFaults(c.faults); err != nil {
		return c, fmt.Errorf("serve: -faults: %w: %w", err, errUsage)
	}
	return c, nil
}

// newEmulator builds the handler serving every emulated service.
func newEmulator(c serveConfig, logger *slog.Logger) (*Edge, *FaultInjector, error) {
	rules, err := ParseFaults(c.faults)
	if err != nil {
		return nil, nil, err
	}
	var faults *FaultInjector
	if len(rules) > 0 {
		faults = NewFaultInjector(rules, c.faultSeed)
	}
	auth := &SigV4{Region: c.region}
	if c.accessKey != "" {
		auth.Credentials = Credentials{c.accessKey: c.secretKey}
	}
	lam := NewLambda(LambdaOptions{Auth: auth, Region: c.region, Logger: logger, Faults: faults})
	for _, fn := range builtinFunctions() {
		if err := lam.Register(fn); err != nil {
			return nil, nil, err
		}
	}
	store := NewMemStore()
	sqsEmu := NewSQS(SQSOptions{Auth: auth, Region: c.region, Logger: logger, Faults: faults})
	if c.dataDir != "" {
		if store, err = OpenDiskStore(c.dataDir); err != nil {
			return nil, nil, err
		}
		if err := sqsEmu.OpenSQSJournal(c.dataDir); err != nil {
			return nil, nil, err
		}
	}
	return &Edge{
		S3:     NewS3(store, S3Options{Auth: auth, Region: c.region, Logger: logger, Faults: faults}),
		SQS:    sqsEmu,
		Lambda: lam,
	}, faults, nil
}

// builtinFunctions are the Lambda functions serve registers, since a
// separate process cannot register Go handlers: echo returns its payload,
// upper upper-cases {"text": ...}, fail always fails.
func builtinFunctions() []LambdaFunction {
	return []LambdaFunction{
		{Name: "echo", Handler: func(ctx context.Context, p []byte) ([]byte, error) {
			LambdaLogf(ctx, "echo: %d bytes", len(p))
			return p, nil
		}},
		{Name: "upper", Handler: func(ctx context.Context, p []byte) ([]byte, error) {
			var in struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(p, &in); err != nil {
				return nil, fmt.Errorf("upper wants {\"text\": ...}: %w", err)
			}
			return json.Marshal(map[string]string{"text": strings.ToUpper(in.Text)})
		}},
		{Name: "fail", Handler: func(context.Context, []byte) ([]byte, error) {
			return nil, errors.New("this function always fails")
		}},
	}
}

// runServe runs the serve subcommand until ctx ends.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseServeFlags(args, stderr)
	if err != nil {
		return err
	}
	logLevel := slog.LevelWarn
	if c.verboseLog {
		logLevel = slog.LevelInfo
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: logLevel}))
	handler, _, err := newEmulator(c, logger)
	if err != nil {
		return err
	}
	defer handler.Lambda.(*Lambda).Close()
	defer handler.SQS.(*SQS).Close()
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 30 * time.Second,
		// An idle keep-alive connection is closed after two minutes; a
		// stalled request body is bounded by the S3 handler's own idle
		// deadline (S3Options.BodyIdleTimeout).
		IdleTimeout: 2 * time.Minute,
		ErrorLog:    slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	scheme := "http"
	if c.tls {
		cert, err := selfSignedCert()
		if err != nil {
			ln.Close()
			return fmt.Errorf("serve: %w", err)
		}
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		ln = tls.NewListener(ln, srv.TLSConfig)
		scheme = "https"
	}
	loaded := ""
	if s3h, ok := handler.S3.(*S3); ok && c.dataDir != "" {
		// Every object is held in memory (S3's reads are served from
		// there), so say how much a restart loaded.
		b, n, size := s3h.store.Usage()
		loaded = fmt.Sprintf("; -data: loaded %d buckets, %d objects, %.1f MiB into memory", b, n, float64(size)/(1<<20))
	}
	fmt.Fprintf(stdout, "serving S3, SQS and Lambda on %s://%s (access key %q)%s\n", scheme, ln.Addr(), c.accessKey, loaded)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	<-errc
	return nil
}

// selfSignedCert makes an ECDSA certificate for 127.0.0.1 and localhost,
// valid for a day, so -tls needs no files.
func selfSignedCert() (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "167-aws-sdk emulator"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:     []string{"localhost", "*.localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}
