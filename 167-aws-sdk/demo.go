package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// opRecorder wraps the emulator and tallies each operation's responses by
// status, so the demo can show what the retries did on the wire.
type opRecorder struct {
	next http.Handler
	s3   *S3

	// mu guards counts.
	mu     sync.Mutex
	counts map[string]map[int]int
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = 200
	}
	return w.ResponseWriter.Write(p)
}

func (rec *opRecorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	bucket, key := rec.s3.route(r)
	op := s3OperationName(&s3Request{r: r, bucket: bucket, key: key, query: r.URL.Query()})
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		status := sw.status
		v := recover()
		if v != nil {
			status = -1 // a dropped connection
		}
		rec.mu.Lock()
		if rec.counts[op] == nil {
			rec.counts[op] = map[int]int{}
		}
		rec.counts[op][status]++
		rec.mu.Unlock()
		if v != nil {
			panic(v) // let net/http abort the connection as asked
		}
	}()
	rec.next.ServeHTTP(sw, r)
}

// runDemo runs the emulator in-process on a random loopback port and drives
// it through aws-sdk-go-v2, printing what happens.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Uint64("seed", 7, "seed for the fault profile and the retry jitter")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: 167-aws-sdk [demo] [-seed N]\n\nRuns the emulators in-process and exercises them through aws-sdk-go-v2.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("demo: %w", errUsage)
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	fmt.Fprintln(stdout, "== Retry policy: delay before retry n (base 50 ms, cap 20 s, rand = 0.5) ==")
	printDelayTable(stdout)

	const accessKey, secretKey = "demo-key", "demo-secret"
	faults := "s3:UploadPart=error:0.3;s3:PutObject=error:0.2"
	rules, _ := ParseFaults(faults)
	injector := NewFaultInjector(rules, *seed)
	s3h := NewS3(NewMemStore(), S3Options{Auth: &SigV4{Credentials: Credentials{accessKey: secretKey}}, Faults: injector})
	rec := &opRecorder{next: s3h, s3: s3h, counts: map[string]map[int]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	lam := NewLambda(LambdaOptions{Auth: &SigV4{Credentials: Credentials{accessKey: secretKey}}})
	defer lam.Close()
	audited := make(chan string, 1)
	if err := registerDemoFunctions(lam, audited); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	sqsEmu := NewSQS(SQSOptions{Auth: &SigV4{Credentials: Credentials{accessKey: secretKey}}})
	edge := &Edge{S3: rec, SQS: sqsEmu, Lambda: lam}
	srv := &http.Server{Handler: edge, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	endpoint := "http://" + ln.Addr().String()

	rngMu := sync.Mutex{}
	rng := rand.New(rand.NewPCG(*seed, 1))
	var (
		retriesMu sync.Mutex // guards retries
		retries   []string
	)
	retryer := NewRetryer(func(o *RetryOptions) {
		o.MaxAttempts = 8
		o.Rand = func() float64 { rngMu.Lock(); defer rngMu.Unlock(); return rng.Float64() }
		o.OnRetry = func(attempt int, err error, d time.Duration) {
			var api smithy.APIError
			what := "?"
			// The SDK hands the retryer the attempt's error before naming the
			// operation in it; the request URL names S3 operations (x-id).
			var re *smithyhttp.ResponseError
			if errors.As(err, &re) && re.Response != nil && re.Response.Request != nil {
				if id := re.Response.Request.URL.Query().Get("x-id"); id != "" {
					what = id
				}
			}
			code := "connection error"
			if errors.As(err, &api) {
				code = api.ErrorCode()
			}
			retriesMu.Lock()
			retries = append(retries, fmt.Sprintf("%s\t%d\t%s\t%v", what, attempt, code, d.Round(time.Millisecond)))
			retriesMu.Unlock()
		}
	})
	client, err := NewS3Client(ctx, ClientConfig{Endpoint: endpoint, AccessKey: accessKey, SecretKey: secretKey, Retryer: retryer})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n== S3 emulator on %s, SigV4 verified ==\nfault profile %q, seed %d\n\n", endpoint, faults, *seed)

	tw := tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "step\tresult\tdetail")
	step := func(name, result, detail string) { fmt.Fprintf(tw, "%s\t%s\t%s\n", name, result, detail) }

	bucket := "demo-bucket"
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: &bucket}); err != nil {
		return fmt.Errorf("demo: create bucket: %w", err)
	}
	step("CreateBucket", "ok", bucket)

	payload := make([]byte, 23<<20)
	prng := rand.New(rand.NewPCG(*seed, 2))
	for i := range payload {
		payload[i] = byte(prng.Uint32())
	}
	start := time.Now()
	etag, err := Upload(ctx, client, bucket, "big/blob.bin", bytes.NewReader(payload), MinPartSize, 3)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	step("multipart upload", "ok", fmt.Sprintf("23 MiB in 5 parts, ETag %s, %v", etag, time.Since(start).Round(time.Millisecond)))

	got, err := Download(ctx, client, bucket, "big/blob.bin", 4<<20, 4)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	step("ranged download", verdict(bytes.Equal(got, payload)), "4 MiB ranges, 4 at a time, bytes compared")

	for i, k := range []string{"big/a.txt", "big/b.txt", "small/c d+e.txt", "top.txt"} {
		body := strings.Repeat("x", i+1)
		if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: &bucket, Key: aws.String(k), Body: strings.NewReader(body)}); err != nil {
			return fmt.Errorf("demo: put %s: %w", k, err)
		}
	}
	list, err := client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: &bucket, Delimiter: aws.String("/")})
	if err != nil {
		return fmt.Errorf("demo: list: %w", err)
	}
	var names []string
	for _, p := range list.CommonPrefixes {
		names = append(names, aws.ToString(p.Prefix))
	}
	for _, o := range list.Contents {
		names = append(names, aws.ToString(o.Key))
	}
	step("ListObjectsV2 /", "ok", strings.Join(names, " "))

	getURL, _, err := Presign(ctx, client, bucket, "small/c d+e.txt", 5*time.Minute)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	status, body := plainGet(ctx, getURL)
	step("presigned GET", verdict(status == 200 && body == "xxx"), fmt.Sprintf("plain net/http, no SDK: %d %q", status, body))
	status, _ = plainGet(ctx, strings.Replace(getURL, "X-Amz-Signature=", "X-Amz-Signature=0", 1))
	step("tampered URL", verdict(status == 403), fmt.Sprintf("%d (signature changed)", status))

	rng206, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: aws.String("top.txt"), Range: aws.String("bytes=1-2")})
	if err != nil {
		return fmt.Errorf("demo: range: %w", err)
	}
	rb, _ := io.ReadAll(rng206.Body)
	rng206.Body.Close()
	step("GET Range bytes=1-2", verdict(string(rb) == "xx"), "Content-Range "+aws.ToString(rng206.ContentRange))

	bad, err := NewS3Client(ctx, ClientConfig{Endpoint: endpoint, AccessKey: accessKey, SecretKey: "wrong", Retryer: retryer})
	if err != nil {
		return err
	}
	_, err = bad.PutObject(ctx, &s3.PutObjectInput{Bucket: &bucket, Key: aws.String("intruder"), Body: strings.NewReader("x")})
	var api smithy.APIError
	code := "no error"
	if errors.As(err, &api) {
		code = api.ErrorCode()
	}
	_, getErr := s3h.store.Get(bucket, "intruder")
	step("wrong secret key", verdict(code == "SignatureDoesNotMatch" && errors.Is(getErr, ErrNoSuchKey)), code+", nothing stored")
	lclient, err := NewLambdaClient(ctx, ClientConfig{Endpoint: endpoint, AccessKey: accessKey, SecretKey: secretKey, Retryer: retryer})
	if err != nil {
		return err
	}
	thumb := NewInvoker[thumbnailRequest, thumbnailResult](lclient, "thumbnail")
	res, err := thumb.Invoke(ctx, thumbnailRequest{Key: "big/blob.bin", Width: 128})
	step("Lambda RequestResponse", verdict(err == nil && res.Thumbnail == "thumbs/128/big/blob.bin"), fmt.Sprintf("%+v", res))
	_, err = thumb.Invoke(ctx, thumbnailRequest{Key: "big/blob.bin", Width: 0})
	var fe *FunctionError
	step("Lambda function error", verdict(errors.As(err, &fe)), fmt.Sprintf("200, X-Amz-Function-Error, %v", fe.Message))
	audit := NewInvoker[thumbnailRequest, struct{}](lclient, "audit")
	err = audit.InvokeAsync(ctx, thumbnailRequest{Key: "top.txt"})
	var ran string
	if err == nil {
		select {
		case ran = <-audited:
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	step("Lambda Event", verdict(err == nil && ran == "top.txt"), "202 Accepted, then ran in the background for "+ran)
	tw.Flush()

	fmt.Fprintln(stdout, "\n== SQS: batching producer, 4-worker consumer, poison message to the DLQ ==")
	if err := demoSQS(ctx, stdout, ClientConfig{Endpoint: endpoint, AccessKey: accessKey, SecretKey: secretKey, Retryer: retryer}, sqsEmu); err != nil {
		return fmt.Errorf("demo: %w", err)
	}

	fmt.Fprintln(stdout, "\n== S3 requests seen by the emulator (status: count; -1 = dropped) ==")
	tw = tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "operation\trequests\tstatuses")
	rec.mu.Lock()
	ops := slices.Sorted(maps.Keys(rec.counts))
	for _, op := range ops {
		total := 0
		var parts []string
		for _, st := range slices.Sorted(maps.Keys(rec.counts[op])) {
			n := rec.counts[op][st]
			total += n
			parts = append(parts, fmt.Sprintf("%d: %d", st, n))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", op, total, strings.Join(parts, ", "))
	}
	rec.mu.Unlock()
	tw.Flush()
	fmt.Fprintln(stdout, "\n== Retries the policy scheduled (full jitter; throttles start at 1 s) ==")
	tw = tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "operation\tretry\tafter error\twait")
	retriesMu.Lock()
	for _, line := range retries {
		fmt.Fprintln(tw, line)
	}
	retriesMu.Unlock()
	tw.Flush()
	errs, drops := injector.Counts()
	fmt.Fprintf(stdout, "\ninjected faults: %d errors, %d drops, all absorbed by retries\n", errs, drops)
	fmt.Fprintf(stdout, "retry budget: %d of %d tokens left (retries cost %d, successes refill)\n",
		retryer.Tokens(), DefaultRetryBudget, DefaultRetryCost)
	return nil
}

type thumbnailRequest struct {
	Key   string `json:"key"`
	Width int    `json:"width"`
}

type thumbnailResult struct {
	Thumbnail string `json:"thumbnail"`
	Width     int    `json:"width"`
}

// registerDemoFunctions registers the demo's Lambda functions: thumbnail
// (synchronous, fails on a zero width) and audit (asynchronous, reports the
// key it saw on audited).
func registerDemoFunctions(lam *Lambda, audited chan<- string) error {
	err := lam.Register(LambdaFunction{Name: "thumbnail", Handler: func(ctx context.Context, p []byte) ([]byte, error) {
		var in thumbnailRequest
		if err := json.Unmarshal(p, &in); err != nil {
			return nil, err
		}
		if in.Width <= 0 {
			return nil, fmt.Errorf("width must be positive, got %d", in.Width)
		}
		return json.Marshal(thumbnailResult{Thumbnail: fmt.Sprintf("thumbs/%d/%s", in.Width, in.Key), Width: in.Width})
	}})
	if err != nil {
		return err
	}
	return lam.Register(LambdaFunction{Name: "audit", Handler: func(ctx context.Context, p []byte) ([]byte, error) {
		var in thumbnailRequest
		if err := json.Unmarshal(p, &in); err != nil {
			return nil, err
		}
		select {
		case audited <- in.Key:
		default:
		}
		return nil, nil
	}})
}

// demoSQS sends 50 jobs, one of them poison, through a batching producer,
// consumes them with four workers, and shows the poison message arriving in
// the dead-letter queue after maxReceiveCount failed attempts.
func demoSQS(ctx context.Context, stdout io.Writer, cc ClientConfig, emu *SQS) error {
	cfg, err := cc.awsConfig(ctx)
	if err != nil {
		return err
	}
	client := sqs.NewFromConfig(cfg)
	dlq, err := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("jobs-dlq")})
	if err != nil {
		return err
	}
	q, err := client.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("jobs"), Attributes: map[string]string{
		"RedrivePolicy": `{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:jobs-dlq","maxReceiveCount":"3"}`,
	}})
	if err != nil {
		return err
	}
	prod := NewProducer(client, aws.ToString(q.QueueUrl), ProducerOptions{})
	var wg sync.WaitGroup
	var sendErrs atomic.Int64
	for i := range 50 {
		body := fmt.Sprintf("job-%02d", i)
		if i == 17 {
			body = "poison"
		}
		wg.Go(func() {
			if _, err := prod.Send(ctx, body, nil, ""); err != nil {
				sendErrs.Add(1)
			}
		})
	}
	wg.Wait()
	prod.Close()

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var handled atomic.Int64
	zero := time.Duration(0)
	cons := NewConsumer(client, aws.ToString(q.QueueUrl), func(ctx context.Context, m types.Message) error {
		if aws.ToString(m.Body) == "poison" {
			return fmt.Errorf("cannot parse %q", aws.ToString(m.Body))
		}
		handled.Add(1)
		return nil
	}, ConsumerOptions{Workers: 4, WaitTime: time.Second, FailureVisibility: &zero})
	done := make(chan error, 1)
	go func() { done <- cons.Run(runCtx) }()
	dlqQueue, err := emu.queueByName("jobs-dlq")
	if err != nil {
		return err
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		v, _, _ := dlqQueue.Counts()
		if v == 1 && handled.Load() == 49 {
			break
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			stop()
			<-done
			return fmt.Errorf("consumer did not finish: %w", ctx.Err())
		}
	}
	stop()
	if err := <-done; err != nil {
		return err
	}
	moved, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: dlq.QueueUrl,
		MessageSystemAttributeNames: []types.MessageSystemAttributeName{"All"}})
	if err != nil || len(moved.Messages) != 1 {
		return fmt.Errorf("dead-letter queue: %d messages, %v", len(moved.Messages), err)
	}
	st := cons.Stats()
	tw := tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "measure\tvalue")
	fmt.Fprintf(tw, "sent (50 messages)\t%d SendMessageBatch requests, %d failures\n", prod.Batches(), sendErrs.Load())
	fmt.Fprintf(tw, "handled and deleted\t%d\n", st.Succeeded)
	fmt.Fprintf(tw, "handler failures\t%d (the poison message, once per receive)\n", st.Failed)
	fmt.Fprintf(tw, "received\t%d\n", st.Received)
	fmt.Fprintf(tw, "in the DLQ\t%q from %s\n", aws.ToString(moved.Messages[0].Body),
		moved.Messages[0].Attributes["DeadLetterQueueSourceArn"])
	return tw.Flush()
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "FAILED"
}

func plainGet(ctx context.Context, url string) (int, string) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err.Error()
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, string(b)
}

// printDelayTable prints each jitter's delays for retries 1 to 5.
func printDelayTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "jitter\tretry 1\tretry 2\tretry 3\tretry 4\tretry 5\t")
	err := &smithy.GenericAPIError{Code: "InternalError"}
	for _, j := range []Jitter{JitterNone, JitterFull, JitterEqual, JitterDecorrelated} {
		r := NewRetryer(func(o *RetryOptions) { o.Jitter, o.MaxAttempts, o.Rand = j, 6, func() float64 { return 0.5 } })
		fmt.Fprintf(tw, "%s\t", j)
		for n := 1; n < 6; n++ {
			d, _ := r.RetryDelay(n, err)
			fmt.Fprintf(tw, "%v\t", d.Round(time.Millisecond))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}
