package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The vectors below are the worked examples of AWS's S3 SigV4 documentation
// ("Examples of signature calculations", "Signature calculations for the
// Authorization header: transferring payload in multiple chunks", and
// "Query string authentication"), all signed by
// AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY at
// 2013-05-24T00:00:00Z.
var docExampleAuth = &SigV4{
	Credentials: Credentials{"AKIAIOSFODNN7EXAMPLE": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
	Now:         func() time.Time { return time.Date(2013, 5, 24, 0, 5, 0, 0, time.UTC) },
}

func TestSigV4DocExampleGetObject(t *testing.T) {
	r := httptest.NewRequest(http.MethodGet, "http://examplebucket.s3.amazonaws.com/test.txt", nil)
	r.Header.Set("Range", "bytes=0-9")
	r.Header.Set("X-Amz-Content-Sha256", emptySHA256)
	r.Header.Set("X-Amz-Date", "20130524T000000Z")
	sig := "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
	r.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature="+sig)
	sr, err := docExampleAuth.Verify(r, emptySHA256, true)
	require.NoError(t, err)
	assert.Equal(t, "s3", sr.Service)

	r.Header.Set("Range", "bytes=0-10")
	_, err = docExampleAuth.Verify(r, emptySHA256, true)
	assert.ErrorIs(t, err, ErrSignatureMismatch, "a changed signed header breaks the signature")
}

func TestSigV4DocExamplePresigned(t *testing.T) {
	url := "http://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256" +
		"&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request" +
		"&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host" +
		"&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
	_, err := docExampleAuth.Verify(httptest.NewRequest(http.MethodGet, url, nil), "", true)
	require.NoError(t, err)

	late := &SigV4{Credentials: docExampleAuth.Credentials, Now: func() time.Time { return time.Date(2013, 5, 25, 0, 0, 1, 0, time.UTC) }}
	_, err = late.Verify(httptest.NewRequest(http.MethodGet, url, nil), "", true)
	assert.ErrorIs(t, err, ErrPresignExpired)

	tooLong := strings.Replace(url, "X-Amz-Expires=86400", "X-Amz-Expires=604801", 1)
	_, err = docExampleAuth.Verify(httptest.NewRequest(http.MethodGet, tooLong, nil), "", true)
	assert.ErrorIs(t, err, ErrMalformedAuth)
}

// TestSigV4DocExampleStreaming checks the seed signature and the chained
// chunk signatures of a STREAMING-AWS4-HMAC-SHA256-PAYLOAD upload of
// 66,560 bytes of 'a' in chunks of 64 KiB and 1 KiB.
func TestSigV4DocExampleStreaming(t *testing.T) {
	sigs := []string{
		"ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648",
		"0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497",
		"b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
	}
	body := func(sigs []string) *bytes.Buffer {
		var b bytes.Buffer
		for i, n := range []int{65536, 1024, 0} {
			fmt.Fprintf(&b, "%x;chunk-signature=%s\r\n%s\r\n", n, sigs[i], strings.Repeat("a", n))
		}
		return &b
	}
	newReq := func(sigs []string) *http.Request {
		b := body(sigs)
		r := httptest.NewRequest(http.MethodPut, "http://s3.amazonaws.com/examplebucket/chunkObject.txt", b)
		r.ContentLength = 66824
		for k, v := range map[string]string{
			"Content-Encoding": "aws-chunked", "X-Amz-Content-Sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
			"X-Amz-Date": "20130524T000000Z", "X-Amz-Decoded-Content-Length": "66560", "X-Amz-Storage-Class": "REDUCED_REDUNDANCY",
			"Authorization": "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request," +
				"SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;x-amz-storage-class," +
				"Signature=4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9",
		} {
			r.Header.Set(k, v)
		}
		return r
	}
	r := newReq(sigs)
	sr, err := docExampleAuth.Verify(r, r.Header.Get("X-Amz-Content-Sha256"), true)
	require.NoError(t, err, "seed signature")
	data, _, err := readBody(r, 1<<20, sr)
	require.NoError(t, err, "chunk signatures")
	assert.Equal(t, strings.Repeat("a", 66560), string(data))

	bad := append([]string(nil), sigs...)
	bad[1] = strings.Repeat("0", 64)
	r = newReq(bad)
	sr, err = docExampleAuth.Verify(r, r.Header.Get("X-Amz-Content-Sha256"), true)
	require.NoError(t, err)
	_, _, err = readBody(r, 1<<20, sr)
	assert.ErrorIs(t, err, ErrChunkSignature)
}

func TestCanonicalQuery(t *testing.T) {
	tests := []struct {
		give, want string
	}{
		{"", ""},
		{"uploads", "uploads="},
		{"b=2&a=1&a=0", "a=0&a=1&b=2"},
		{"prefix=a%20b&delimiter=%2F", "delimiter=%2F&prefix=a%20b"},
		{"k=a+b", "k=a%2Bb"},
		{"k=%7E~", "k=~~"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			assert.Equal(t, tt.want, canonicalQuery(tt.give, false))
		})
	}
}

// TestHeaderValues checks the allocation-free header lookup against
// http.Header.Values, which canonicalises through textproto.
func TestHeaderValues(t *testing.T) {
	h := http.Header{}
	for _, k := range []string{"X-Amz-Date", "Content-Md5", "X-Amz-Checksum-Crc32", "Amz-Sdk-Request", "X-1-2", "Weird_Name", "Content-Type"} {
		h[k] = []string{"v:" + k}
	}
	h["weird name"] = []string{"raw"} // not a token: textproto leaves it alone
	for _, name := range []string{"x-amz-date", "content-md5", "x-amz-checksum-crc32", "amz-sdk-request", "x-1-2",
		"weird_name", "weird name", "content-type", "Content-Type", "missing", "-x", "x--y", strings.Repeat("a", 80)} {
		assert.Equal(t, h.Values(name), headerValues(h, name), "headerValues(%q)", name)
	}
}

// TestSigningKeyCacheBounded checks that scopes a client makes up cannot
// grow the signing-key cache without bound.
func TestSigningKeyCacheBounded(t *testing.T) {
	v := &SigV4{Credentials: Credentials{"AK": "SECRET"}}
	first := v.signingKey("SECRET", "20261128/us-east-1/s3/aws4_request")
	assert.Same(t, first, v.signingKey("SECRET", "20261128/us-east-1/s3/aws4_request"), "cached")
	for i := range 3 * maxCachedKeys {
		v.signingKey("SECRET", fmt.Sprintf("20261128/made-up-%d/s3/aws4_request", i))
		require.LessOrEqual(t, len(v.keys), maxCachedKeys)
	}
	assert.Equal(t, signingKey("SECRET", "20261128/us-east-1/s3/aws4_request"),
		v.signingKey("SECRET", "20261128/us-east-1/s3/aws4_request").key, "derived again after eviction")
}
