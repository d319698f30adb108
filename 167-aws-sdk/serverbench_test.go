package main

// This file measures what an emulator costs the machine it runs on: each
// server runs as its own process (ours through the child-serve mode of the
// test binary, gofakes3 through the child-gofakes3 mode below, so gofakes3
// stays a test-only dependency), the same load generator drives it over
// loopback HTTP, and the server's CPU time is read from /proc/PID/stat
// before and after each round. Rounds of the servers are interleaved, so a
// change in the machine's load hits all of them alike, and the spread of
// the rounds is printed beside the median.
//
// It runs only with SERVER_BENCH=1 (server-bench.sh sets it and holds
// /tmp/bench.lock): on a shared 2-core machine the figures are only as
// good as the quiet around them.
//
// The S3 load generator does not use the SDK: the SDK client costs
// 140–190 µs per operation, which on two cores would starve the server it
// is measuring. It replays requests signed once per round with the SDK's
// own SigV4 signer, headers as the SDK sends them for PutObject (the body's
// SHA-256 in x-amz-content-sha256 and its CRC32 in x-amz-checksum-crc32),
// which the server verifies in full every time: a signature stays valid
// for 15 minutes, and the body is the same. The SQS load generator is the
// SDK, as an application would use it.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/stretchr/testify/require"
)

// childGofakes3Env, when set, makes the test binary serve gofakes3 (in
// memory) on a free loopback port instead of running the tests, until it
// is interrupted.
const childGofakes3Env = "AWS167_CHILD_GOFAKES3"

// nullS3 is the floor of any emulator built on net/http: it reads the
// body and answers 200 with a fixed ETag and, for GET, 1 KiB, doing no
// other work. Its CPU per request is what net/http, the loopback socket
// and the runtime cost before an emulator does anything.
func nullS3(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	w.Header().Set("ETag", `"00000000000000000000000000000000"`)
	if r.Method == http.MethodGet {
		w.Header().Set("Content-Length", "1024")
		_, _ = w.Write(nullBody[:])
	}
}

var nullBody [1 << 10]byte

// runChildGofakes3 is the child-gofakes3 mode ("null" serves [nullS3]
// instead); TestMain calls it.
func runChildGofakes3(mode string) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	srv := &http.Server{Handler: gofakes3.New(s3mem.New()).Server()}
	if mode == "null" {
		srv.Handler = http.HandlerFunc(nullS3)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	fmt.Printf("gofakes3 on http://%s \n", ln.Addr())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// serverProc is an emulator running as a child process.
type serverProc struct {
	name string
	url  string
	cmd  *exec.Cmd
}

// startServerProc starts the test binary as a child in the mode env
// selects and waits for the address it announces.
func startServerProc(t testing.TB, name string, env ...string) *serverProc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	p := &serverProc{name: name, cmd: cmd}
	t.Cleanup(p.kill)
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	go io.Copy(io.Discard, stdout)
	m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+) `).FindStringSubmatch(line)
	require.NotNil(t, m, "%s printed %q", name, line)
	p.url = m[1]
	return p
}

// startOurServe starts `serve` with args as a child process.
func startOurServe(t testing.TB, name string, args ...string) *serverProc {
	t.Helper()
	return startServerProc(t, name, childServeEnv+"="+strings.Join(append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), "\n"))
}

// kill ends the process with SIGKILL, as a crash would; twice is harmless.
func (p *serverProc) kill() {
	if p.cmd.ProcessState == nil {
		_ = p.cmd.Process.Kill()
		_ = p.cmd.Wait()
	}
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat's times: 100 on
// every Linux architecture Go supports (sysconf(_SC_CLK_TCK)).
const clockTicks = 100

// cpuTime returns the process's user+system CPU time from /proc/PID/stat
// (fields 14 and 15, proc(5)), all threads included.
func (p *serverProc) cpuTime() (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	// The command name (field 2) is in parentheses and may hold spaces:
	// count fields after the last ')'.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc/%d/stat: no ')'", p.cmd.Process.Pid)
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", p.cmd.Process.Pid, len(f))
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64) // field 14
	stime, err2 := strconv.ParseInt(f[12], 10, 64) // field 15
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: %v %v", p.cmd.Process.Pid, err1, err2)
	}
	return time.Duration(utime+stime) * time.Second / clockTicks, nil
}

// roundResult is one measured round.
type roundResult struct {
	cpuPerOp time.Duration // server CPU per request (or message)
	opsPerS  float64
}

// measure runs load and returns the server's CPU per op and the ops/s.
func (p *serverProc) measure(t testing.TB, load func() int) roundResult {
	t.Helper()
	before, err := p.cpuTime()
	require.NoError(t, err)
	start := time.Now()
	n := load()
	elapsed := time.Since(start)
	after, err := p.cpuTime()
	require.NoError(t, err)
	require.Positive(t, n)
	return roundResult{cpuPerOp: (after - before) / time.Duration(n), opsPerS: float64(n) / elapsed.Seconds()}
}

const (
	benchAccessKey = "bench"
	benchSecretKey = "bench-secret"
)

// s3Load is a load generator of signed 1 KiB PUTs or GETs.
type s3Load struct {
	client *http.Client
	url    string
	sign   bool
	body   []byte
}

func newS3Load(url string, sign bool, conns int) *s3Load {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	return &s3Load{client: &http.Client{Transport: tr}, url: url, sign: sign, body: bytes.Repeat([]byte("z"), 1<<10)}
}

// request builds a request as the SDK sends PutObject or GetObject,
// signed now when l.sign.
func (l *s3Load) request(t testing.TB, method, key string) *http.Request {
	t.Helper()
	r, err := l.newRequest(method, key)
	require.NoError(t, err)
	return r
}

func (l *s3Load) newRequest(method, key string) (*http.Request, error) {
	var body io.Reader
	payload := emptySHA256
	if method == http.MethodPut {
		body = bytes.NewReader(l.body)
		sum := sha256.Sum256(l.body)
		payload = hex.EncodeToString(sum[:])
	}
	r, err := http.NewRequest(method, l.url+"/bench/"+key, body)
	if err != nil {
		return nil, err
	}
	r.Header.Set("X-Amz-Content-Sha256", payload)
	if method == http.MethodPut {
		r.Header.Set("Content-Type", "application/octet-stream")
		r.Header.Set("X-Amz-Checksum-Crc32", checksumOf("crc32", l.body))
	}
	if l.sign {
		err := v4.NewSigner(func(o *v4.SignerOptions) { o.DisableURIPathEscaping = true }).SignHTTP(context.Background(),
			aws.Credentials{AccessKeyID: benchAccessKey, SecretAccessKey: benchSecretKey}, r, payload, "s3", "us-east-1", time.Now())
		if err != nil {
			return nil, err
		}
	}
	return r, nil
}

// createBucket creates the bucket "bench" the load goes to.
func (l *s3Load) createBucket(t testing.TB) {
	t.Helper()
	r, err := http.NewRequest(http.MethodPut, l.url+"/bench", nil)
	require.NoError(t, err)
	r.Header.Set("X-Amz-Content-Sha256", emptySHA256)
	if l.sign {
		require.NoError(t, v4.NewSigner().SignHTTP(context.Background(), aws.Credentials{AccessKeyID: benchAccessKey, SecretAccessKey: benchSecretKey},
			r, emptySHA256, "s3", "us-east-1", time.Now()))
	}
	resp, err := l.client.Do(r)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode, "create bucket on %s", l.url)
}

// do replays tmpl (with a fresh body) and checks the status.
func (l *s3Load) do(tmpl *http.Request) error {
	r := tmpl.Clone(context.Background())
	if tmpl.Method == http.MethodPut {
		r.Body = io.NopCloser(bytes.NewReader(l.body))
		r.ContentLength = int64(len(l.body))
	}
	resp, err := l.client.Do(r)
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s %s: status %d", r.Method, r.URL.Path, resp.StatusCode)
	}
	return nil
}

// run sends n requests from conns workers, each replaying its own
// request; it returns n.
func (l *s3Load) run(t testing.TB, method string, n, conns int) int {
	t.Helper()
	tmpls := make([]*http.Request, conns)
	for w := range tmpls {
		tmpls[w] = l.request(t, method, "k-"+strconv.Itoa(w))
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, conns)
	for w := range conns {
		wg.Go(func() {
			for next.Add(1) <= int64(n) {
				if err := l.do(tmpls[w]); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	return n
}

// stats summarises rounds: median and range of each figure.
type stats struct{ cpu, ops []float64 }

func (s *stats) add(r roundResult) {
	s.cpu = append(s.cpu, float64(r.cpuPerOp.Nanoseconds())/1e3)
	s.ops = append(s.ops, r.opsPerS)
}

func median(v []float64) float64 {
	s := slices.Sorted(slices.Values(v))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func spread(v []float64, format string) string {
	return fmt.Sprintf(format+" ("+format+"–"+format+")", median(v), slices.Min(v), slices.Max(v))
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// TestServerBench prints the tables of issue 17: server CPU per request
// and requests/s for 1 KiB S3 PUT and GET (ours with SigV4, ours without
// auth, gofakes3), S3 PUT/s with -data at 8 clients followed by a kill -9
// check, and SQS server CPU per message at 1, 4 and 16 client goroutines,
// in memory and with -data.
func TestServerBench(t *testing.T) {
	if os.Getenv("SERVER_BENCH") != "1" {
		t.Skip("SERVER_BENCH=1 runs the server-process benchmark (see server-bench.sh)")
	}
	rounds := envInt("SERVER_BENCH_ROUNDS", 5)
	if rounds < 2 {
		rounds = 2 // the -data benchmark kills the server in its last round
	}
	only := os.Getenv("SERVER_BENCH_ONLY") // "s3", "data" or "sqs"; empty runs all
	out := os.Stdout
	if only == "" || only == "s3" {
		benchS3Servers(t, out, rounds)
	}
	if only == "" || only == "data" {
		benchS3Data(t, out, rounds)
	}
	if only == "" || only == "sqs" {
		benchSQSServers(t, out, rounds)
	}
}

func benchS3Servers(t *testing.T, out io.Writer, rounds int) {
	n := envInt("SERVER_BENCH_REQUESTS", 20000)
	const conns = 8
	servers := []struct {
		proc *serverProc
		sign bool
	}{
		{startOurServe(t, "ours, SigV4", "-access-key", benchAccessKey, "-secret-key", benchSecretKey), true},
		{startOurServe(t, "ours, auth off", "-access-key", "", "-secret-key", ""), false},
		{startServerProc(t, "gofakes3", childGofakes3Env+"=1"), false},
		{startServerProc(t, "net/http floor", childGofakes3Env+"=null"), false},
	}
	loads := make([]*s3Load, len(servers))
	for i, s := range servers {
		loads[i] = newS3Load(s.proc.url, s.sign, conns)
		loads[i].createBucket(t)
		for w := range conns { // every worker's key exists for GET
			require.NoError(t, loads[i].do(loads[i].request(t, http.MethodPut, "k-"+strconv.Itoa(w))))
		}
		loads[i].run(t, http.MethodGet, 2000, conns) // warm up
	}
	results := map[string]*stats{}
	for range rounds {
		for _, method := range []string{http.MethodPut, http.MethodGet} {
			for i, s := range servers {
				key := method + "/" + s.proc.name
				if results[key] == nil {
					results[key] = &stats{}
				}
				results[key].add(s.proc.measure(t, func() int { return loads[i].run(t, method, n, conns) }))
			}
		}
	}
	fmt.Fprintf(out, "\nS3 1 KiB, %d requests a round from %d connections, %d interleaved rounds: median (min–max)\n", n, conns, rounds)
	fmt.Fprintf(out, "| op | server | server CPU µs/request | × gofakes3 | requests/s |\n|---|---|---|---|---|\n")
	for _, method := range []string{http.MethodPut, http.MethodGet} {
		peer := median(results[method+"/gofakes3"].cpu)
		for _, s := range servers {
			st := results[method+"/"+s.proc.name]
			fmt.Fprintf(out, "| %s | %s | %s | %.2f× | %s |\n", method, s.proc.name, spread(st.cpu, "%.1f"), median(st.cpu)/peer, spread(st.ops, "%.0f"))
		}
	}
}

// benchS3Data runs 8 clients of unique-key 1 KiB PUTs against serve
// -data, kills it with SIGKILL in the middle of the last round, and checks
// that every acknowledged PUT is on disk with its bytes.
func benchS3Data(t *testing.T, out io.Writer, rounds int) {
	const conns = 8
	dur := time.Duration(envInt("SERVER_BENCH_DATA_MS", 3000)) * time.Millisecond
	dir := t.TempDir()
	p := startOurServe(t, "ours -data", "-data", dir, "-access-key", benchAccessKey, "-secret-key", benchSecretKey)
	l := newS3Load(p.url, true, conns)
	l.createBucket(t)

	var (
		mu    sync.Mutex
		acked []string
		st    stats
	)
	for round := range rounds {
		last := round == rounds-1
		var stop atomic.Bool
		var wg sync.WaitGroup
		var count atomic.Int64
		load := func() int {
			for w := range conns {
				wg.Go(func() {
					for i := 0; !stop.Load(); i++ {
						key := fmt.Sprintf("r%d-w%d-%d", round, w, i)
						r, err := l.newRequest(http.MethodPut, key)
						if err == nil {
							err = l.do(r)
						}
						if err != nil {
							if last {
								return // killed
							}
							t.Errorf("put %s: %v", key, err)
							return
						}
						count.Add(1)
						mu.Lock()
						acked = append(acked, key)
						mu.Unlock()
					}
				})
			}
			time.Sleep(dur) // the length of the round, not an assertion
			if last {
				p.kill() // SIGKILL with PUTs in flight
			}
			stop.Store(true)
			wg.Wait()
			return int(count.Load())
		}
		if last {
			load() // the process is gone at the end: nothing to read from /proc
		} else {
			st.add(p.measure(t, load))
		}
	}
	store, err := OpenDiskStore(dir)
	require.NoError(t, err)
	mu.Lock()
	defer mu.Unlock()
	lost := 0
	for _, key := range acked {
		o, err := store.Get("bench", key)
		if err != nil || !bytes.Equal(o.Data, l.body) {
			lost++
		}
	}
	fmt.Fprintf(out, "\nS3 -data, 1 KiB PUTs of new keys from %d signed clients, %s rounds: median (min–max) of %d rounds\n", conns, dur, len(st.ops))
	fmt.Fprintf(out, "| PUT/s | server CPU µs/PUT | acknowledged PUTs found after kill -9 |\n|---|---|---|\n")
	fmt.Fprintf(out, "| %s | %s | %d of %d |\n", spread(st.ops, "%.0f"), spread(st.cpu, "%.1f"), len(acked)-lost, len(acked))
	require.Zero(t, lost, "acknowledged PUTs lost after kill -9")
}

// benchSQSServers measures SQS send→receive→delete in batches of 10
// through the SDK at 1, 4 and 16 goroutines.
func benchSQSServers(t *testing.T, out io.Writer, rounds int) {
	dur := time.Duration(envInt("SERVER_BENCH_SQS_MS", 2000)) * time.Millisecond
	servers := []*serverProc{
		startOurServe(t, "memory", "-access-key", benchAccessKey, "-secret-key", benchSecretKey),
		startOurServe(t, "-data", "-data", t.TempDir(), "-access-key", benchAccessKey, "-secret-key", benchSecretKey),
	}
	ctx := t.Context()
	clients := make([]*sqs.Client, len(servers))
	queues := make([]string, len(servers))
	for i, p := range servers {
		cfg, err := ClientConfig{Endpoint: p.url, AccessKey: benchAccessKey, SecretKey: benchSecretKey,
			Retryer: NewRetryer(func(o *RetryOptions) { o.MaxAttempts = 1 })}.awsConfig(ctx)
		require.NoError(t, err)
		cfg.HTTPClient = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
		clients[i] = sqs.NewFromConfig(cfg)
		q, err := clients[i].CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("bench")})
		require.NoError(t, err)
		queues[i] = aws.ToString(q.QueueUrl)
	}
	entries := make([]sqstypes.SendMessageBatchRequestEntry, 10)
	for i := range entries {
		entries[i] = sqstypes.SendMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), MessageBody: aws.String(strings.Repeat("m", 100))}
	}
	cycle := func(c *sqs.Client, q string) (int, error) {
		if _, err := c.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &q, Entries: entries}); err != nil {
			return 0, err
		}
		got, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &q, MaxNumberOfMessages: 10})
		if err != nil || len(got.Messages) == 0 {
			return 0, err
		}
		del := make([]sqstypes.DeleteMessageBatchRequestEntry, len(got.Messages))
		for i, m := range got.Messages {
			del[i] = sqstypes.DeleteMessageBatchRequestEntry{Id: aws.String(strconv.Itoa(i)), ReceiptHandle: m.ReceiptHandle}
		}
		if _, err := c.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: &q, Entries: del}); err != nil {
			return 0, err
		}
		return len(got.Messages), nil
	}
	gors := []int{1, 4, 16}
	results := map[string]*stats{}
	for range rounds {
		for _, g := range gors {
			for i, p := range servers {
				key := fmt.Sprintf("%d/%s", g, p.name)
				if results[key] == nil {
					results[key] = &stats{}
				}
				results[key].add(p.measure(t, func() int {
					var msgs atomic.Int64
					var wg sync.WaitGroup
					deadline := time.Now().Add(dur)
					for range g {
						wg.Go(func() {
							for time.Now().Before(deadline) {
								n, err := cycle(clients[i], queues[i])
								if err != nil {
									t.Errorf("sqs cycle: %v", err)
									return
								}
								msgs.Add(int64(n))
							}
						})
					}
					wg.Wait()
					return int(msgs.Load())
				}))
			}
		}
	}
	fmt.Fprintf(out, "\nSQS send→receive→delete, batches of 10, SDK client, %s rounds, %d interleaved rounds: median (min–max)\n", dur, rounds)
	fmt.Fprintf(out, "| goroutines | server | server CPU µs/message | messages/s |\n|---|---|---|---|\n")
	for _, g := range gors {
		for _, p := range servers {
			st := results[fmt.Sprintf("%d/%s", g, p.name)]
			fmt.Fprintf(out, "| %d | %s | %s | %s |\n", g, p.name, spread(st.cpu, "%.1f"), spread(st.ops, "%.0f"))
		}
	}
}

// TestServerProcCPUTime checks the /proc reader and the child-gofakes3
// mode: 3,000 PUTs (tens of milliseconds of CPU, several clock ticks)
// must show up in the child's CPU time.
func TestServerProcCPUTime(t *testing.T) {
	if _, err := os.Stat(filepath.Join("/proc", strconv.Itoa(os.Getpid()), "stat")); err != nil {
		t.Skip("no /proc")
	}
	p := startServerProc(t, "gofakes3", childGofakes3Env+"=1")
	l := newS3Load(p.url, false, 2)
	l.createBucket(t)
	before, err := p.cpuTime()
	require.NoError(t, err)
	l.run(t, http.MethodPut, 3000, 2)
	after, err := p.cpuTime()
	require.NoError(t, err)
	require.Greater(t, after, before, "3,000 PUTs cost the server some CPU time")
}
