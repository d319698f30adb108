package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lookTool finds an outside tool for an end-to-end test, skipping when it
// is missing unless E2E=1 demands it. Paths are tried in order, so Debian's
// /usr/bin/aws (awscli 2.9, the version the issue names) wins over another
// aws earlier in PATH.
func lookTool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("E2E") != "1" {
		t.Skipf("%s not installed; make e2e installs it", names[len(names)-1])
	}
	t.Fatalf("%s not installed, and E2E=1", names[len(names)-1])
	return ""
}

// startServe runs the serve subcommand in-process on a random loopback
// port and returns its endpoint; the server stops when the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	endpoint, _ := startServeStoppable(t, args...)
	return endpoint
}

// startServeStoppable is startServe with a stop function for tests that
// restart the server; stopping twice is harmless.
func startServeStoppable(t *testing.T, args ...string) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := run(ctx, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), pw, io.Discard)
		pw.Close()
		done <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`(https?://127\.0\.0\.1:\d+)`).FindStringSubmatch(line)
	require.NotNil(t, m, "serve announces its address: %q", line)
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Error("serve did not stop")
			}
		})
	}
	t.Cleanup(stop)
	return m[1], stop
}

// awsCLI runs the AWS CLI against endpoint with the given secret, isolated
// from the machine's own AWS configuration.
type awsCLI struct {
	t        *testing.T
	bin      string
	endpoint string
	env      []string
}

func newAWSCLI(t *testing.T, bin, endpoint, secret string) *awsCLI {
	home := t.TempDir()
	env := []string{
		"HOME=" + home, "PATH=" + os.Getenv("PATH"),
		"AWS_ACCESS_KEY_ID=e2e-key", "AWS_SECRET_ACCESS_KEY=" + secret, "AWS_DEFAULT_REGION=us-east-1",
		"AWS_CONFIG_FILE=" + filepath.Join(home, "config"), "AWS_SHARED_CREDENTIALS_FILE=" + filepath.Join(home, "credentials"),
		"AWS_EC2_METADATA_DISABLED=true", "AWS_PAGER=", "AWS_MAX_ATTEMPTS=1",
	}
	return &awsCLI{t: t, bin: bin, endpoint: endpoint, env: env}
}

func (a *awsCLI) run(args ...string) (string, string, error) {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(a.t.Context(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, a.bin, append([]string{"--endpoint-url", a.endpoint, "--output", "json"}, args...)...)
	cmd.Env = a.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

func (a *awsCLI) must(args ...string) string {
	a.t.Helper()
	out, errOut, err := a.run(args...)
	require.NoError(a.t, err, "aws %s\nstderr: %s", strings.Join(args, " "), errOut)
	return out
}

func randomFile(t *testing.T, dir, name string, size int, seed uint64) string {
	t.Helper()
	b := make([]byte, size)
	r := rand.New(rand.NewPCG(seed, seed))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

func sameFile(t *testing.T, a, b string) {
	t.Helper()
	x, err := os.ReadFile(a)
	require.NoError(t, err)
	y, err := os.ReadFile(b)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(x, y), "%s and %s differ (%d vs %d bytes)", a, b, len(x), len(y))
}

// TestE2EAWSCLIS3 drives serve with the AWS CLI: mb, cp of a large file
// (multipart above the CLI's 8 MiB threshold), ls, sync, list-objects-v2
// with a delimiter, presign + curl, rm; and wrong credentials.
func TestE2EAWSCLIS3(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	bin := lookTool(t, "/usr/bin/aws", "aws")
	curl := lookTool(t, "curl")
	endpoint := startServe(t, "-access-key", "e2e-key", "-secret-key", "e2e-secret")
	cli := newAWSCLI(t, bin, endpoint, "e2e-secret")
	t.Logf("using %s", strings.TrimSpace(cli.must("--version")))
	dir := t.TempDir()

	cli.must("s3", "mb", "s3://e2e-bucket")
	big := randomFile(t, dir, "big.bin", 20<<20, 1)
	cli.must("s3", "cp", "--no-progress", big, "s3://e2e-bucket/blobs/big.bin")
	head := cli.must("s3api", "head-object", "--bucket", "e2e-bucket", "--key", "blobs/big.bin")
	assert.Regexp(t, `"ETag": "\\"[0-9a-f]{32}-\d+\\""`, head, "the CLI used multipart")

	back := filepath.Join(dir, "back.bin")
	cli.must("s3", "cp", "--no-progress", "s3://e2e-bucket/blobs/big.bin", back)
	sameFile(t, big, back)

	// A multipart-sized S3-to-S3 copy: the CLI reads the source's tags
	// (GET ?tagging, which used to return the object) and copies with
	// UploadPartCopy.
	cli.must("s3api", "put-object-tagging", "--bucket", "e2e-bucket", "--key", "blobs/big.bin", "--tagging", `{"TagSet":[{"Key":"k","Value":"v"}]}`)
	cli.must("s3", "cp", "--no-progress", "s3://e2e-bucket/blobs/big.bin", "s3://e2e-bucket/blobs/copy.bin")
	copyBack := filepath.Join(dir, "copy.bin")
	cli.must("s3", "cp", "--no-progress", "s3://e2e-bucket/blobs/copy.bin", copyBack)
	sameFile(t, big, copyBack)
	assert.Contains(t, cli.must("s3api", "get-object-tagging", "--bucket", "e2e-bucket", "--key", "blobs/copy.bin"), `"Key": "k"`, "tags copied")
	cli.must("s3", "rm", "s3://e2e-bucket/blobs/copy.bin")

	// Subresources that used to fall through to the object handlers (the
	// ACL call truncated the object): canned ACLs, the versioning status
	// and bucket tags are now stored and returned.
	cli.must("s3api", "put-object-acl", "--bucket", "e2e-bucket", "--key", "blobs/big.bin", "--acl", "public-read")
	acl := cli.must("s3api", "get-object-acl", "--bucket", "e2e-bucket", "--key", "blobs/big.bin")
	assert.Contains(t, acl, "FULL_CONTROL")
	assert.Contains(t, acl, `"URI": "http://acs.amazonaws.com/groups/global/AllUsers"`, "public-read grants AllUsers READ")
	_, errOut, err := cli.run("s3api", "put-object-acl", "--bucket", "e2e-bucket", "--key", "blobs/big.bin", "--grant-read", "id=someone-else")
	assert.Error(t, err)
	assert.Contains(t, errOut, "NotImplemented", "explicit grants are refused, not half-stored")
	cli.must("s3api", "put-bucket-acl", "--bucket", "e2e-bucket", "--acl", "authenticated-read")
	assert.Contains(t, cli.must("s3api", "get-bucket-acl", "--bucket", "e2e-bucket"), "AuthenticatedUsers")
	assert.Equal(t, "", strings.TrimSpace(cli.must("s3api", "get-bucket-versioning", "--bucket", "e2e-bucket")), "never versioned: no status")
	cli.must("s3api", "put-bucket-versioning", "--bucket", "e2e-bucket", "--versioning-configuration", "Status=Enabled")
	assert.Contains(t, cli.must("s3api", "get-bucket-versioning", "--bucket", "e2e-bucket"), `"Status": "Enabled"`)
	_, errOut, err = cli.run("s3api", "get-object", "--bucket", "e2e-bucket", "--key", "blobs/big.bin", "--version-id", "v1", filepath.Join(dir, "v1.out"))
	assert.Error(t, err)
	assert.Contains(t, errOut, "NoSuchVersion", "no version is pretended")
	cli.must("s3api", "put-bucket-versioning", "--bucket", "e2e-bucket", "--versioning-configuration", "Status=Suspended")
	_, errOut, err = cli.run("s3api", "get-bucket-tagging", "--bucket", "e2e-bucket")
	assert.Error(t, err)
	assert.Contains(t, errOut, "NoSuchTagSet")
	cli.must("s3api", "put-bucket-tagging", "--bucket", "e2e-bucket", "--tagging", `{"TagSet":[{"Key":"team","Value":"storage"}]}`)
	assert.Contains(t, cli.must("s3api", "get-bucket-tagging", "--bucket", "e2e-bucket"), `"Value": "storage"`)
	cli.must("s3api", "delete-bucket-tagging", "--bucket", "e2e-bucket")
	_, errOut, err = cli.run("s3api", "list-object-versions", "--bucket", "e2e-bucket")
	assert.Error(t, err)
	assert.Contains(t, errOut, "NotImplemented")
	assert.Equal(t, head, cli.must("s3api", "head-object", "--bucket", "e2e-bucket", "--key", "blobs/big.bin"), "none of these calls touched the object")

	tree := filepath.Join(dir, "tree")
	for i, name := range []string{"a.txt", "sub/b.txt", "sub/deeper/c d+e.txt"} {
		randomFile(t, tree, name, 1000*(i+1), uint64(i))
	}
	cli.must("s3", "sync", "--no-progress", tree, "s3://e2e-bucket/tree/")
	ls := cli.must("s3", "ls", "--recursive", "s3://e2e-bucket/tree/")
	for _, want := range []string{"tree/a.txt", "tree/sub/b.txt", "tree/sub/deeper/c d+e.txt"} {
		assert.Contains(t, ls, want)
	}
	again := cli.must("s3", "sync", "--no-progress", tree, "s3://e2e-bucket/tree/")
	assert.Empty(t, strings.TrimSpace(again), "a second sync finds nothing to upload")

	var listed struct {
		CommonPrefixes []struct{ Prefix string }
		Contents       []struct{ Key string }
	}
	require.NoError(t, json.Unmarshal([]byte(cli.must("s3api", "list-objects-v2", "--bucket", "e2e-bucket", "--prefix", "tree/", "--delimiter", "/")), &listed))
	require.Len(t, listed.CommonPrefixes, 1)
	assert.Equal(t, "tree/sub/", listed.CommonPrefixes[0].Prefix)
	require.Len(t, listed.Contents, 1)
	assert.Equal(t, "tree/a.txt", listed.Contents[0].Key)

	url := strings.TrimSpace(cli.must("s3", "presign", "s3://e2e-bucket/tree/sub/deeper/c d+e.txt", "--expires-in", "300"))
	got := filepath.Join(dir, "curl.out")
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, curl, "-sS", "--fail", "-o", got, url).CombinedOutput()
	require.NoError(t, err, "curl: %s", out)
	sameFile(t, filepath.Join(tree, "sub/deeper/c d+e.txt"), got)

	// A URL presigned for another region is refused as S3 refuses it:
	// AuthorizationQueryParametersError, not the header-auth error.
	wrong := strings.TrimSpace(cli.must("s3", "presign", "--region", "eu-west-1", "s3://e2e-bucket/tree/a.txt"))
	require.Contains(t, wrong, "%2Feu-west-1%2Fs3%2F")
	out, err = exec.CommandContext(ctx, curl, "-sS", "-w", "\n%{http_code}", wrong).CombinedOutput()
	require.NoError(t, err, "curl: %s", out)
	assert.Contains(t, string(out), "<Code>AuthorizationQueryParametersError</Code>")
	assert.Contains(t, string(out), "the region &#39;eu-west-1&#39; is wrong; expecting &#39;us-east-1&#39;")
	assert.True(t, strings.HasSuffix(string(out), "\n400"), "status 400: %s", out)

	cli.must("s3", "rm", "s3://e2e-bucket/blobs/big.bin")
	_, errOut, err = cli.run("s3api", "head-object", "--bucket", "e2e-bucket", "--key", "blobs/big.bin")
	assert.Error(t, err)
	assert.Contains(t, errOut, "404")

	del := cli.must("s3api", "delete-objects", "--bucket", "e2e-bucket", "--delete", `{"Objects":[{"Key":"tree/a.txt"},{"Key":"never-there"}]}`)
	assert.Contains(t, del, `"Key": "tree/a.txt"`, "DeleteObjects with the CLI's Content-MD5")

	cli.must("s3api", "put-object", "--bucket", "e2e-bucket", "--key", "meta", "--body", filepath.Join(tree, "a.txt"), "--metadata", "owner=alice")
	assert.Contains(t, cli.must("s3api", "head-object", "--bucket", "e2e-bucket", "--key", "meta"), `"owner": "alice"`, "metadata names come back lower-case")

	bad := newAWSCLI(t, bin, endpoint, "wrong-secret")
	small := randomFile(t, dir, "small.bin", 1<<20, 9) // one PutObject with Expect: 100-continue
	for _, args := range [][]string{{"s3", "ls"}, {"s3", "cp", big, "s3://e2e-bucket/intruder.bin"},
		{"s3", "cp", small, "s3://e2e-bucket/intruder-small.bin"}, {"s3api", "list-objects-v2", "--bucket", "e2e-bucket"}} {
		_, errOut, err := bad.run(args...)
		assert.Error(t, err, "aws %v with a wrong secret", args)
		assert.Contains(t, errOut, "SignatureDoesNotMatch", "aws %v", args)
	}
	for _, k := range []string{"intruder.bin", "intruder-small.bin"} {
		_, _, err = cli.run("s3api", "head-object", "--bucket", "e2e-bucket", "--key", k)
		assert.Error(t, err, "nothing stored by the refused upload of %s", k)
	}

	cli.must("s3", "rm", "--recursive", "s3://e2e-bucket/")
	cli.must("s3", "rb", "s3://e2e-bucket")
	assert.NotContains(t, cli.must("s3", "ls"), "e2e-bucket")
}

// TestE2EAWSCLISQS drives the Query protocol with the AWS CLI.
func TestE2EAWSCLISQS(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	bin := lookTool(t, "/usr/bin/aws", "aws")
	endpoint := startServe(t, "-access-key", "e2e-key", "-secret-key", "e2e-secret")
	cli := newAWSCLI(t, bin, endpoint, "e2e-secret")

	var created struct{ QueueUrl string }
	require.NoError(t, json.Unmarshal([]byte(cli.must("sqs", "create-queue", "--queue-name", "e2e-jobs")), &created))
	assert.Equal(t, endpoint+"/000000000000/e2e-jobs", created.QueueUrl)

	var sent struct{ MessageId, MD5OfMessageBody string }
	require.NoError(t, json.Unmarshal([]byte(cli.must("sqs", "send-message", "--queue-url", created.QueueUrl,
		"--message-body", "hello from the cli", "--message-attributes",
		`{"k":{"DataType":"String","StringValue":"v"},"b":{"DataType":"Binary","BinaryValue":"AP/+gGJpbn8="}}`)), &sent))
	assert.Equal(t, md5Hex([]byte("hello from the cli")), sent.MD5OfMessageBody)

	var got struct {
		Messages []struct {
			MessageId, ReceiptHandle, Body string
			MessageAttributes              map[string]struct{ StringValue, BinaryValue string }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(cli.must("sqs", "receive-message", "--queue-url", created.QueueUrl,
		"--message-attribute-names", "All", "--wait-time-seconds", "1")), &got))
	require.Len(t, got.Messages, 1)
	assert.Equal(t, sent.MessageId, got.Messages[0].MessageId)
	assert.Equal(t, "v", got.Messages[0].MessageAttributes["k"].StringValue)
	assert.Equal(t, "AP/+gGJpbn8=", got.Messages[0].MessageAttributes["b"].BinaryValue, "binary attributes survive the Query protocol")
	cli.must("sqs", "delete-message", "--queue-url", created.QueueUrl, "--receipt-handle", got.Messages[0].ReceiptHandle)

	var attrs struct{ Attributes map[string]string }
	require.NoError(t, json.Unmarshal([]byte(cli.must("sqs", "get-queue-attributes", "--queue-url", created.QueueUrl, "--attribute-names", "All")), &attrs))
	assert.Equal(t, "0", attrs.Attributes["ApproximateNumberOfMessages"])
	assert.Equal(t, "0", attrs.Attributes["ApproximateNumberOfMessagesNotVisible"], "deleted, not just hidden")

	_, errOut, err := cli.run("sqs", "get-queue-url", "--queue-name", "missing")
	assert.Error(t, err)
	assert.Contains(t, errOut, "NonExistentQueue")

	_, errOut, err = newAWSCLI(t, bin, endpoint, "wrong-secret").run("sqs", "list-queues")
	assert.Error(t, err)
	assert.Contains(t, errOut, "SignatureDoesNotMatch")
}

// TestE2EAWSCLILambda invokes serve's built-in functions with the AWS CLI.
func TestE2EAWSCLILambda(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	bin := lookTool(t, "/usr/bin/aws", "aws")
	endpoint := startServe(t, "-access-key", "e2e-key", "-secret-key", "e2e-secret")
	cli := newAWSCLI(t, bin, endpoint, "e2e-secret")
	dir := t.TempDir()

	list := cli.must("lambda", "list-functions")
	for _, name := range []string{"echo", "upper", "fail"} {
		assert.Contains(t, list, `"FunctionName": "`+name+`"`)
	}
	assert.Contains(t, cli.must("lambda", "get-function", "--function-name", "upper"), `"FunctionName": "upper"`)

	outFile := filepath.Join(dir, "out.json")
	var res struct {
		StatusCode    int
		FunctionError string
		LogResult     string
	}
	require.NoError(t, json.Unmarshal([]byte(cli.must("lambda", "invoke", "--function-name", "upper",
		"--cli-binary-format", "raw-in-base64-out", "--payload", `{"text":"hello"}`, "--log-type", "Tail", outFile)), &res))
	assert.Equal(t, 200, res.StatusCode)
	assert.Empty(t, res.FunctionError)
	assert.NotEmpty(t, res.LogResult)
	got, err := os.ReadFile(outFile)
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"HELLO"}`, string(got))

	require.NoError(t, json.Unmarshal([]byte(cli.must("lambda", "invoke", "--function-name", "fail", outFile)), &res))
	assert.Equal(t, "Unhandled", res.FunctionError)
	got, err = os.ReadFile(outFile)
	require.NoError(t, err)
	assert.Contains(t, string(got), "this function always fails")

	var ev struct{ StatusCode int }
	require.NoError(t, json.Unmarshal([]byte(cli.must("lambda", "invoke", "--function-name", "echo", "--invocation-type", "Event",
		"--cli-binary-format", "raw-in-base64-out", "--payload", `{"a":1}`, outFile)), &ev))
	assert.Equal(t, 202, ev.StatusCode)

	_, errOut, err := cli.run("lambda", "invoke", "--function-name", "missing", outFile)
	assert.Error(t, err)
	assert.Contains(t, errOut, "ResourceNotFoundException")

	_, errOut, err = newAWSCLI(t, bin, endpoint, "wrong-secret").run("lambda", "invoke", "--function-name", "echo", outFile)
	assert.Error(t, err)
	assert.Contains(t, errOut, "InvalidSignatureException")
}

// TestE2ERestartWithData writes with the AWS CLI to `serve -data DIR`,
// restarts the server on the same directory, and reads everything back.
func TestE2ERestartWithData(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	bin := lookTool(t, "/usr/bin/aws", "aws")
	data := t.TempDir()
	dir := t.TempDir()
	args := []string{"-access-key", "e2e-key", "-secret-key", "e2e-secret", "-data", data}

	endpoint, stop := startServeStoppable(t, args...)
	cli := newAWSCLI(t, bin, endpoint, "e2e-secret")
	cli.must("s3", "mb", "s3://durable")
	file := randomFile(t, dir, "f.bin", 9<<20, 7)
	cli.must("s3", "cp", "--no-progress", file, "s3://durable/f.bin")
	cli.must("sqs", "create-queue", "--queue-name", "durable")
	queueURL := endpoint + "/000000000000/durable"
	cli.must("sqs", "send-message", "--queue-url", queueURL, "--message-body", "survives restarts")
	stop()

	endpoint, _ = startServeStoppable(t, args...)
	cli = newAWSCLI(t, bin, endpoint, "e2e-secret")
	back := filepath.Join(dir, "back.bin")
	cli.must("s3", "cp", "--no-progress", "s3://durable/f.bin", back)
	sameFile(t, file, back)
	var got struct{ Messages []struct{ Body string } }
	require.NoError(t, json.Unmarshal([]byte(cli.must("sqs", "receive-message", "--queue-url", endpoint+"/000000000000/durable")), &got))
	require.Len(t, got.Messages, 1)
	assert.Equal(t, "survives restarts", got.Messages[0].Body)
}

// TestE2EAWSCLITLS runs the CLI against `serve -tls` (a self-signed
// certificate, so --no-verify-ssl).
func TestE2EAWSCLITLS(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	bin := lookTool(t, "/usr/bin/aws", "aws")
	endpoint := startServe(t, "-tls", "-access-key", "e2e-key", "-secret-key", "e2e-secret")
	require.True(t, strings.HasPrefix(endpoint, "https://"), endpoint)
	cli := newAWSCLI(t, bin, endpoint, "e2e-secret")
	cli.env = append(cli.env, "PYTHONWARNINGS=ignore")
	dir := t.TempDir()
	cli.must("--no-verify-ssl", "s3", "mb", "s3://tls-bucket")
	file := randomFile(t, dir, "f.bin", 9<<20, 3)
	cli.must("--no-verify-ssl", "s3", "cp", "--no-progress", file, "s3://tls-bucket/f.bin")
	back := filepath.Join(dir, "back.bin")
	cli.must("--no-verify-ssl", "s3", "cp", "--no-progress", "s3://tls-bucket/f.bin", back)
	sameFile(t, file, back)
	out := cli.must("--no-verify-ssl", "sqs", "create-queue", "--queue-name", "tls-queue")
	assert.Contains(t, out, endpoint+"/000000000000/tls-queue")
}

// TestE2ECurlPresigned uploads and downloads through presigned URLs made
// by [Presign] with nothing but curl, and checks that a URL whose
// signature was tampered with is refused with 403 and stores nothing.
func TestE2ECurlPresigned(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	curl := lookTool(t, "curl")
	endpoint := startServe(t, "-access-key", "e2e-key", "-secret-key", "e2e-secret")
	ctx := t.Context()
	c, err := NewS3Client(ctx, ClientConfig{Endpoint: endpoint, AccessKey: "e2e-key", SecretKey: "e2e-secret"})
	require.NoError(t, err)
	_, err = c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("curl-bucket")})
	require.NoError(t, err)
	dir := t.TempDir()
	file := randomFile(t, dir, "up.bin", 3<<20, 11)
	get, put, err := Presign(ctx, c, "curl-bucket", "dir/a b+c.bin", 5*time.Minute)
	require.NoError(t, err)

	bad := put[:len(put)-1] + map[bool]string{true: "1", false: "0"}[put[len(put)-1] == '0']
	code, err := exec.CommandContext(ctx, curl, "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-T", file, bad).Output()
	require.NoError(t, err)
	assert.Equal(t, "403", string(code), "tampered presigned PUT")
	_, err = c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("curl-bucket"), Key: aws.String("dir/a b+c.bin")})
	require.Error(t, err, "nothing stored by the refused PUT")

	out, err := exec.CommandContext(ctx, curl, "-sS", "--fail", "-T", file, put).CombinedOutput()
	require.NoError(t, err, "curl PUT: %s", out)
	back := filepath.Join(dir, "back.bin")
	out, err = exec.CommandContext(ctx, curl, "-sS", "--fail", "-o", back, get).CombinedOutput()
	require.NoError(t, err, "curl GET: %s", out)
	sameFile(t, file, back)
}

// lookAWSCLIv1 finds an AWS CLI v1 (its presigned URLs are SigV2): the
// first "aws" on PATH that reports aws-cli/1.
func lookAWSCLIv1(t *testing.T) string {
	t.Helper()
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		p := filepath.Join(dir, "aws")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
		out, err := exec.CommandContext(ctx, p, "--version").CombinedOutput()
		cancel()
		if err == nil && strings.HasPrefix(string(out), "aws-cli/1.") {
			return p
		}
	}
	// Unlike the other outside tools, make e2e cannot install it: Debian
	// packages only CLI v2, and this machine reaches no PyPI. So it skips
	// even under E2E=1, saying so, rather than fail a gate nobody can pass.
	t.Skip("no AWS CLI v1 on PATH (pip install 'awscli<2'); make e2e cannot install it, so this skips even under E2E=1")
	return ""
}

// TestE2EAWSCLIv1SigV2Presign uploads with the AWS CLI v1 and fetches its
// SigV2 presigned URL (AWSAccessKeyId, Expires, Signature) with curl; it
// used to be refused as "request is not signed".
func TestE2EAWSCLIv1SigV2Presign(t *testing.T) {
	t.Parallel() // each runs its own serve on its own port; the CLI runs dominate the suite's time
	bin := lookAWSCLIv1(t)
	curl := lookTool(t, "curl")
	endpoint := startServe(t, "-access-key", "e2e-key", "-secret-key", "e2e-secret")
	cli := newAWSCLI(t, bin, endpoint, "e2e-secret")
	t.Logf("using %s", strings.TrimSpace(cli.must("--version")))
	dir := t.TempDir()
	src := randomFile(t, dir, "v1.bin", 3000, 7)
	cli.must("s3", "mb", "s3://v1-bucket")
	cli.must("s3", "cp", src, "s3://v1-bucket/some key.bin")
	u := strings.TrimSpace(cli.must("s3", "presign", "s3://v1-bucket/some key.bin"))
	require.Contains(t, u, "AWSAccessKeyId=", "the v1 CLI presigns with SigV2")
	got := filepath.Join(dir, "got.bin")
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, curl, "-sS", "--fail", "-o", got, u).CombinedOutput()
	require.NoError(t, err, "curl: %s", out)
	sameFile(t, src, got)
	out, err = exec.CommandContext(ctx, curl, "-sS", "--fail", strings.Replace(u, "Signature=", "Signature=A", 1)).CombinedOutput()
	assert.Error(t, err, "a tampered signature is refused: %s", out)
}
