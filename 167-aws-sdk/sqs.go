package main

// This file holds the SQS emulator's two wire protocols, served from one
// endpoint and chosen per request:
//
//   - AWS JSON 1.0, spoken by aws-sdk-go-v2's sqs ≥ v1.27: POST /,
//     X-Amz-Target: AmazonSQS.<Action>, a JSON body, JSON replies; errors
//     carry __type and, because the model is "awsQueryCompatible", an
//     x-amzn-query-error header with the old Query code, from which the SDK
//     builds typed errors (types.QueueDoesNotExist, ...).
//   - the Query protocol, spoken by awscli 2.9: a form body
//     Action=SendMessage&Version=2012-11-05&..., with lists flattened as
//     MessageAttribute.1.Name, and XML replies
//     <SendMessageResponse><SendMessageResult>...</SendMessageResult>
//     <ResponseMetadata><RequestId/></ResponseMetadata></SendMessageResponse>.
//
// Both decode into one sqsInput, so each action is implemented once; the
// output structs carry both json and xml tags, and the two map-shaped
// fields marshal themselves into Query's <Attribute><Name/><Value/> lists.

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

const (
	sqsXMLNS = "http://queue.amazonaws.com/doc/2012-11-05/"
	// maxSQSRequest bounds a request body: a 1 MiB message in a batch of 10
	// plus framing.
	maxSQSRequest = 12 << 20
	// DefaultAccountID is the account in queue URLs and ARNs.
	DefaultAccountID = "000000000000"
)

// SQSOptions configures an [SQS] handler. The zero value of every field
// means the default named beside it.
type SQSOptions struct {
	Auth      *SigV4         // nil or no credentials: anonymous access
	Region    string         // default "us-east-1"
	AccountID string         // default [DefaultAccountID]
	Faults    *FaultInjector // nil: none
	Logger    *slog.Logger   // default: discard
	// BodyIdleTimeout bounds the wait for each read of a request body
	// (default 20 s); a stalled client is then answered and let go.
	BodyIdleTimeout time.Duration
}

// SQS is an http.Handler emulating Amazon SQS. Create it with [NewSQS]; it
// is safe for concurrent use.
type SQS struct {
	opts SQSOptions

	// mu guards queues and journal.
	mu      sync.RWMutex
	queues  map[string]*Queue
	journal *sqsJournal // nil unless OpenSQSJournal was called

	// openJournalFile, if not nil, replaces os.OpenFile for the journal
	// (tests use it to simulate a power loss).
	openJournalFile func(path string) (journalFile, error)
	// compactMin, if positive, replaces defaultCompactMin (tests).
	compactMin int64
}

// NewSQS returns an SQS emulator with no queues.
func NewSQS(opts SQSOptions) *SQS {
	if opts.Region == "" {
		opts.Region = "us-east-1"
	}
	if opts.AccountID == "" {
		opts.AccountID = DefaultAccountID
	}
	if opts.BodyIdleTimeout <= 0 {
		opts.BodyIdleTimeout = defaultBodyIdleTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &SQS{opts: opts, queues: map[string]*Queue{}}
}

// flexInt is an integer that decodes from a JSON number or a string, since
// Query-protocol forms carry every value as a string.
type flexInt int

func (f *flexInt) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("%q is not an integer: %w", s, ErrInvalidParameter)
	}
	*f = flexInt(n)
	return nil
}

func (f *flexInt) seconds() *time.Duration {
	if f == nil {
		return nil
	}
	d := time.Duration(*f) * time.Second
	return &d
}

// wireMessageAttribute is a message attribute as both protocols carry it.
type wireMessageAttribute struct {
	DataType    string `json:"DataType" xml:"DataType"`
	StringValue string `json:"StringValue,omitempty" xml:"StringValue,omitempty"`
	BinaryValue []byte `json:"BinaryValue,omitempty" xml:"BinaryValue,omitempty"`
}

// sqsEntry is one entry of a batch request.
type sqsEntry struct {
	ID                     string                          `json:"Id"`
	MessageBody            string                          `json:"MessageBody"`
	DelaySeconds           *flexInt                        `json:"DelaySeconds"`
	MessageAttributes      map[string]wireMessageAttribute `json:"MessageAttributes"`
	MessageGroupID         string                          `json:"MessageGroupId"`
	MessageDeduplicationID string                          `json:"MessageDeduplicationId"`
	ReceiptHandle          string                          `json:"ReceiptHandle"`
	VisibilityTimeout      *flexInt                        `json:"VisibilityTimeout"`
}

// sqsInput is the union of every action's request members.
type sqsInput struct {
	QueueName                   string                          `json:"QueueName"`
	QueueURL                    string                          `json:"QueueUrl"`
	QueueNamePrefix             string                          `json:"QueueNamePrefix"`
	MaxResults                  *flexInt                        `json:"MaxResults"`
	NextToken                   string                          `json:"NextToken"`
	Attributes                  map[string]string               `json:"Attributes"`
	AttributeNames              []string                        `json:"AttributeNames"`
	MessageAttributeNames       []string                        `json:"MessageAttributeNames"`
	MessageSystemAttributeNames []string                        `json:"MessageSystemAttributeNames"`
	MessageBody                 string                          `json:"MessageBody"`
	DelaySeconds                *flexInt                        `json:"DelaySeconds"`
	MessageAttributes           map[string]wireMessageAttribute `json:"MessageAttributes"`
	MessageGroupID              string                          `json:"MessageGroupId"`
	MessageDeduplicationID      string                          `json:"MessageDeduplicationId"`
	MaxNumberOfMessages         *flexInt                        `json:"MaxNumberOfMessages"`
	WaitTimeSeconds             *flexInt                        `json:"WaitTimeSeconds"`
	VisibilityTimeout           *flexInt                        `json:"VisibilityTimeout"`
	ReceiptHandle               string                          `json:"ReceiptHandle"`
	Entries                     []sqsEntry                      `json:"Entries"`
}

// decodeSQSJSON decodes an AWS JSON 1.0 request body.
func decodeSQSJSON(body []byte) (*sqsInput, error) {
	in := &sqsInput{}
	if len(body) == 0 {
		return in, nil
	}
	if err := json.Unmarshal(body, in); err != nil {
		return nil, fmt.Errorf("request body: %v: %w", err, ErrInvalidParameter)
	}
	return in, nil
}

// decodeSQSForm decodes a Query-protocol form into the same input as the
// JSON protocol, by first rebuilding the JSON object the form flattens.
func decodeSQSForm(form url.Values) (*sqsInput, error) {
	obj, err := formObject(form)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(obj)
	if err != nil {
		return nil, fmt.Errorf("form: %v: %w", err, ErrInvalidParameter)
	}
	return decodeSQSJSON(b)
}

// indexed splits "3.Name" into 3 and "Name".
func indexed(s string) (int, string, error) {
	n, rest, _ := strings.Cut(s, ".")
	i, err := strconv.Atoi(n)
	if err != nil || i < 1 || i > 1000 {
		return 0, "", fmt.Errorf("list index %q: %w", n, ErrInvalidParameter)
	}
	return i, rest, nil
}

// formObject rebuilds the JSON object of a Query form: Attribute.N.Name/Value
// → Attributes map; AttributeName.N → AttributeNames list;
// MessageAttribute.N.Name/Value.X → MessageAttributes map;
// <Action>BatchRequestEntry.N.Field → Entries list.
func formObject(form url.Values) (map[string]any, error) {
	obj := map[string]any{}
	lists := map[string]map[int]string{}
	pairs := map[int][2]string{}
	msgAttrs := map[int]map[string]string{}
	entries := map[int]url.Values{}
	listNames := map[string]string{
		"AttributeName": "AttributeNames", "MessageAttributeName": "MessageAttributeNames",
		"MessageSystemAttributeName": "MessageSystemAttributeNames",
	}
	for k, vs := range form {
		v := vs[0]
		head, rest, dotted := strings.Cut(k, ".")
		switch {
		case !dotted:
			if k != "Action" && k != "Version" {
				obj[k] = v
			}
		case strings.HasSuffix(head, "BatchRequestEntry"):
			i, field, err := indexed(rest)
			if err != nil {
				return nil, err
			}
			if entries[i] == nil {
				entries[i] = url.Values{}
			}
			entries[i].Set(field, v)
		case listNames[head] != "":
			i, _, err := indexed(rest)
			if err != nil {
				return nil, err
			}
			if lists[head] == nil {
				lists[head] = map[int]string{}
			}
			lists[head][i] = v
		case head == "Attribute":
			i, field, err := indexed(rest)
			if err != nil {
				return nil, err
			}
			p := pairs[i]
			switch field {
			case "Name":
				p[0] = v
			case "Value":
				p[1] = v
			}
			pairs[i] = p
		case head == "MessageAttribute":
			i, field, err := indexed(rest)
			if err != nil {
				return nil, err
			}
			if msgAttrs[i] == nil {
				msgAttrs[i] = map[string]string{}
			}
			msgAttrs[i][strings.TrimPrefix(field, "Value.")] = v
		}
	}
	for head, m := range lists {
		var l []string
		for _, i := range slices.Sorted(maps.Keys(m)) {
			l = append(l, m[i])
		}
		obj[listNames[head]] = l
	}
	if len(pairs) > 0 {
		a := map[string]string{}
		for _, p := range pairs {
			a[p[0]] = p[1]
		}
		obj["Attributes"] = a
	}
	if len(msgAttrs) > 0 {
		a := map[string]any{}
		for _, m := range msgAttrs {
			attr := map[string]any{"DataType": m["DataType"], "StringValue": m["StringValue"]}
			if b := m["BinaryValue"]; b != "" {
				attr["BinaryValue"] = b // already base64, as JSON []byte expects
			}
			a[m["Name"]] = attr
		}
		obj["MessageAttributes"] = a
	}
	if len(entries) > 0 {
		var l []any
		for _, i := range slices.Sorted(maps.Keys(entries)) {
			e, err := formObject(entries[i])
			if err != nil {
				return nil, err
			}
			l = append(l, e)
		}
		obj["Entries"] = l
	}
	return obj, nil
}

// ---- errors ----

// sqsError is an SQS error in both protocols' terms.
type sqsError struct {
	Status    int
	JSONType  string // "QueueDoesNotExist"
	QueryCode string // "AWS.SimpleQueueService.NonExistentQueue"
	Message   string
	Sender    bool
}

func (e *sqsError) Error() string { return e.JSONType + ": " + e.Message }

func sqsErr(jsonType, queryCode, msg string) *sqsError {
	return &sqsError{Status: 400, JSONType: jsonType, QueryCode: queryCode, Message: msg, Sender: true}
}

func sqsErrorFor(err error) *sqsError {
	var se *sqsError
	if errors.As(err, &se) {
		return se
	}
	msg := err.Error()
	// The sentinel's text is the error code's job: "DelaySeconds must be 0
	// to 900", not "...: invalid parameter value" after InvalidParameterValue.
	for _, sentinel := range []error{ErrQueueExists, ErrReceiptHandleInvalid, ErrMessageNotInflight,
		ErrInvalidAttributeName, ErrMissingParameter, ErrInvalidParameter, ErrPurgeInProgress} {
		if errors.Is(err, sentinel) {
			msg = strings.TrimSuffix(msg, ": "+sentinel.Error())
			break
		}
	}
	switch {
	case errors.Is(err, ErrQueueNotFound):
		return sqsErr("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.")
	case errors.Is(err, ErrQueueExists):
		return sqsErr("QueueNameExists", "QueueAlreadyExists", msg)
	case errors.Is(err, ErrReceiptHandleInvalid):
		return sqsErr("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", msg)
	case errors.Is(err, ErrMessageNotInflight):
		return sqsErr("MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", msg)
	case errors.Is(err, ErrInvalidAttributeName):
		return sqsErr("InvalidAttributeName", "InvalidAttributeName", msg)
	case errors.Is(err, ErrPurgeInProgress):
		return sqsErr("PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress", msg)
	case errors.Is(err, ErrMissingParameter):
		return sqsErr("MissingParameter", "MissingParameter", msg)
	case errors.Is(err, ErrInvalidParameter):
		return sqsErr("InvalidParameterValue", "InvalidParameterValue", msg)
	case errors.Is(err, ErrMissingAuth):
		return &sqsError{403, "MissingAuthenticationToken", "MissingAuthenticationToken", "Request is missing Authentication Token", true}
	case errors.Is(err, ErrUnknownAccessKey):
		return &sqsError{403, "InvalidClientTokenId", "InvalidClientTokenId", "The security token included in the request is invalid.", true}
	case errors.Is(err, ErrSignatureMismatch):
		return &sqsError{403, "SignatureDoesNotMatch", "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.", true}
	case errors.Is(err, ErrClockSkew):
		return &sqsError{403, "RequestExpired", "RequestExpired", "Signature expired.", true}
	case errors.Is(err, ErrMalformedAuth):
		return &sqsError{400, "IncompleteSignature", "IncompleteSignature", msg, true}
	case errors.Is(err, ErrWrongRegion):
		return &sqsError{403, "SignatureDoesNotMatch", "SignatureDoesNotMatch", "Credential should be scoped to a valid region. " + msg, true}
	case errors.Is(err, ErrHeadersNotSigned):
		return &sqsError{403, "SignatureDoesNotMatch", "SignatureDoesNotMatch", "There were headers present in the request which were not signed: " + msg, true}
	case errors.Is(err, ErrJournal):
		return &sqsError{500, "InternalError", "InternalError", "could not record the change: " + msg, false}
	case errors.Is(err, ErrInjectedFault):
		return sqsErr("RequestThrottled", "RequestThrottled", "Rate exceeded (injected fault)")
	}
	return &sqsError{500, "InternalError", "InternalError", "internal error: " + msg, false}
}

// ---- dispatch ----

// sqsCall is one decoded request.
type sqsCall struct {
	action string
	in     *sqsInput
	query  bool // Query protocol: answer in XML
	host   string
	path   string
	scheme string
	id     string
}

// ServeHTTP implements http.Handler.
func (s *SQS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// A client that stops sending its body frees the goroutine after the
	// idle limit instead of holding it forever.
	withIdleBody(w, r, s.opts.BodyIdleTimeout)
	c := &sqsCall{id: newID(), host: r.Host, path: r.URL.Path, scheme: "http"}
	if r.TLS != nil {
		c.scheme = "https"
	}
	out, err := s.serve(c, w, r)
	if errors.Is(err, errDropConnection) {
		panic(http.ErrAbortHandler)
	}
	if !softActions[c.action] {
		// Group commit: the answer waits until the change is on disk,
		// even when the action failed (a batch may have changed some
		// entries, and a failed action may still have written).
		if serr := s.Sync(); serr != nil && err == nil {
			out, err = nil, serr
		}
	} else if werr := s.writeJournal(); werr != nil && err == nil {
		out, err = nil, werr
	}
	s.maybeCompact()
	w.Header().Set("X-Amzn-RequestId", c.id)
	if err != nil {
		s.writeError(c, w, err)
		return
	}
	s.writeOutput(c, w, out)
}

func (s *SQS) serve(c *sqsCall, w http.ResponseWriter, r *http.Request) (any, error) {
	if r.Method != http.MethodPost && r.Method != http.MethodGet {
		return nil, sqsErr("InvalidAction", "InvalidAction", "SQS takes POST requests")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxSQSRequest+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if len(body) > maxSQSRequest {
		return nil, sqsErr("BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong", "request too large")
	}
	target := r.Header.Get("X-Amz-Target")
	if action, ok := strings.CutPrefix(target, "AmazonSQS."); ok {
		c.action = action
	} else {
		c.query = true
	}
	if s.opts.Auth.enabled() {
		sum := sha256.Sum256(body)
		if _, err := s.opts.Auth.Verify(r, hex.EncodeToString(sum[:]), false); err != nil {
			return nil, err
		}
	}
	if c.query {
		form, perr := url.ParseQuery(string(body))
		if perr != nil {
			return nil, fmt.Errorf("form body: %v: %w", perr, ErrInvalidParameter)
		}
		for k, v := range r.URL.Query() {
			if !strings.HasPrefix(k, "X-Amz-") && form.Get(k) == "" {
				form[k] = v
			}
		}
		c.action = form.Get("Action")
		if c.action == "" {
			return nil, sqsErr("MissingAction", "MissingAction", "no Action parameter")
		}
		if c.in, err = decodeSQSForm(form); err != nil {
			return nil, err
		}
		if c.in.QueueURL == "" && strings.Count(strings.Trim(r.URL.Path, "/"), "/") == 1 {
			c.in.QueueURL = r.URL.Path // the Query protocol may post to the queue URL itself
		}
	} else if c.in, err = decodeSQSJSON(body); err != nil {
		return nil, err
	}
	if s.opts.Faults != nil {
		if err := s.opts.Faults.Inject(w, r, "sqs", c.action); err != nil {
			return nil, err
		}
	}
	return s.dispatch(r, c)
}

func (s *SQS) dispatch(r *http.Request, c *sqsCall) (any, error) {
	in := c.in
	switch c.action {
	case "CreateQueue":
		return s.createQueue(c)
	case "GetQueueUrl":
		q, err := s.queueByName(in.QueueName)
		if err != nil {
			return nil, err
		}
		return struct {
			QueueURL string `json:"QueueUrl" xml:"QueueUrl"`
		}{s.queueURL(c, q.Name)}, nil
	case "ListQueues":
		return s.listQueues(c)
	}
	if !queueActions[c.action] {
		return nil, sqsErr("InvalidAction", "InvalidAction", fmt.Sprintf("The action %s is not valid for this endpoint.", c.action))
	}
	q, err := s.queueByURL(in.QueueURL)
	if err != nil {
		return nil, err
	}
	switch c.action {
	case "DeleteQueue":
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.journal.append(journalEvent{Op: "delete-queue", Queue: q.Name}); err != nil {
			return nil, err
		}
		delete(s.queues, q.Name)
		return nil, nil
	case "PurgeQueue":
		return nil, q.Purge()
	case "ListDeadLetterSourceQueues":
		return s.listDeadLetterSources(c, q)
	case "GetQueueAttributes":
		return s.getQueueAttributes(q, in.AttributeNames)
	case "SetQueueAttributes":
		a, err := s.applyAttributes(q.Attributes(), in.Attributes, strings.HasSuffix(q.Name, ".fifo"), false)
		if err != nil {
			return nil, err
		}
		return nil, q.setAttributes(a)
	case "SendMessage":
		res, err := q.Send(sendInput(in.MessageBody, in.MessageAttributes, in.DelaySeconds, in.MessageGroupID, in.MessageDeduplicationID))
		if err != nil {
			return nil, err
		}
		return sendOutput{MessageID: res.MessageID, MD5Body: res.MD5Body, MD5Attrs: res.MD5Attrs, Sequence: res.Sequence}, nil
	case "SendMessageBatch":
		return s.batch(in.Entries, func(e sqsEntry) (any, error) {
			res, err := q.Send(sendInput(e.MessageBody, e.MessageAttributes, e.DelaySeconds, e.MessageGroupID, e.MessageDeduplicationID))
			if err != nil {
				return nil, err
			}
			return sendOutput{ID: e.ID, MessageID: res.MessageID, MD5Body: res.MD5Body, MD5Attrs: res.MD5Attrs, Sequence: res.Sequence}, nil
		}, "SendMessageBatchResultEntry")
	case "ReceiveMessage":
		return s.receive(r, q, in)
	case "DeleteMessage":
		return nil, q.Delete(in.ReceiptHandle)
	case "DeleteMessageBatch":
		return s.batch(in.Entries, func(e sqsEntry) (any, error) {
			if err := q.Delete(e.ReceiptHandle); err != nil {
				return nil, err
			}
			return idOutput{e.ID}, nil
		}, "DeleteMessageBatchResultEntry")
	case "ChangeMessageVisibility":
		if in.VisibilityTimeout == nil {
			return nil, fmt.Errorf("VisibilityTimeout: %w", ErrMissingParameter)
		}
		return nil, q.ChangeVisibility(in.ReceiptHandle, *in.VisibilityTimeout.seconds())
	case "ChangeMessageVisibilityBatch":
		return s.batch(in.Entries, func(e sqsEntry) (any, error) {
			if e.VisibilityTimeout == nil {
				return nil, fmt.Errorf("VisibilityTimeout: %w", ErrMissingParameter)
			}
			if err := q.ChangeVisibility(e.ReceiptHandle, *e.VisibilityTimeout.seconds()); err != nil {
				return nil, err
			}
			return idOutput{e.ID}, nil
		}, "ChangeMessageVisibilityBatchResultEntry")
	}
	return nil, sqsErr("InvalidAction", "InvalidAction", fmt.Sprintf("The action %s is not valid for this endpoint.", c.action))
}

// softActions need not wait for the journal's fsync before the answer:
// they change nothing, or (ReceiveMessage, ChangeMessageVisibility) only
// state whose loss makes a message visible sooner, which at-least-once
// delivery allows. Every other action's answer waits for [SQS.Sync].
var softActions = map[string]bool{
	"GetQueueUrl": true, "ListQueues": true, "GetQueueAttributes": true, "ReceiveMessage": true,
	"ChangeMessageVisibility": true, "ChangeMessageVisibilityBatch": true,
}

// queueActions are the emulated actions that address one queue.
var queueActions = map[string]bool{
	"DeleteQueue": true, "PurgeQueue": true, "GetQueueAttributes": true, "SetQueueAttributes": true,
	"SendMessage": true, "SendMessageBatch": true, "ReceiveMessage": true, "DeleteMessage": true,
	"DeleteMessageBatch": true, "ChangeMessageVisibility": true, "ChangeMessageVisibilityBatch": true,
	"ListDeadLetterSourceQueues": true,
}

func sendInput(body string, attrs map[string]wireMessageAttribute, delay *flexInt, group, dedup string) SendInput {
	in := SendInput{Body: body, Delay: delay.seconds(), GroupID: group, DeduplicationID: dedup}
	if len(attrs) > 0 {
		in.Attributes = map[string]MessageAttribute{}
		for k, a := range attrs {
			in.Attributes[k] = MessageAttribute(a)
		}
	}
	return in
}

// ---- queues ----

var queueNameRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,80}$`)

func (s *SQS) queueURL(c *sqsCall, name string) string {
	return c.scheme + "://" + c.host + "/" + s.opts.AccountID + "/" + name
}

func (s *SQS) queueARN(name string) string {
	return "arn:aws:sqs:" + s.opts.Region + ":" + s.opts.AccountID + ":" + name
}

func (s *SQS) queueByName(name string) (*Queue, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	q, ok := s.queues[name]
	if !ok {
		return nil, fmt.Errorf("queue %q: %w", name, ErrQueueNotFound)
	}
	return q, nil
}

// queueByURL resolves a QueueUrl by its last path segment, so URLs built
// for any host name or port work.
func (s *SQS) queueByURL(u string) (*Queue, error) {
	if u == "" {
		return nil, fmt.Errorf("QueueUrl: %w", ErrMissingParameter)
	}
	return s.queueByName(u[strings.LastIndexByte(u, '/')+1:])
}

func (s *SQS) createQueue(c *sqsCall) (any, error) {
	name := c.in.QueueName
	fifo := strings.HasSuffix(name, ".fifo")
	if !queueNameRE.MatchString(strings.TrimSuffix(name, ".fifo")) || len(name) > 80 {
		return nil, fmt.Errorf("queue name %q: can only include alphanumeric characters, hyphens, or underscores, 1 to 80 in length: %w", name, ErrInvalidParameter)
	}
	attrs, err := s.applyAttributes(defaultQueueAttributes(), c.in.Attributes, fifo, true)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if q, ok := s.queues[name]; ok {
		if q.Attributes() != attrs {
			return nil, fmt.Errorf("a queue named %q already exists with different attributes: %w", name, ErrQueueExists)
		}
	} else {
		q := newQueue(name, s.queueARN(name), attrs)
		if err := s.journal.append(journalEvent{Op: "create", Queue: name, ARN: q.ARN, Attrs: &attrs, Created: q.created}); err != nil {
			return nil, err
		}
		q.journal = s.journal
		s.queues[name] = q
	}
	return struct {
		QueueURL string `json:"QueueUrl" xml:"QueueUrl"`
	}{s.queueURL(c, name)}, nil
}

// listDeadLetterSourceQueues lists the queues whose RedrivePolicy names
// dlq as their dead-letter queue. The JSON member is "queueUrls", lower
// case, as in SQS's model.
func (s *SQS) listDeadLetterSources(c *sqsCall, dlq *Queue) (any, error) {
	s.mu.RLock()
	var names []string
	for n, q := range s.queues {
		if q.Attributes().RedriveTargetARN == dlq.ARN {
			names = append(names, n)
		}
	}
	s.mu.RUnlock()
	slices.Sort(names)
	out := struct {
		QueueURLs []string `json:"queueUrls" xml:"QueueUrl"`
	}{QueueURLs: []string{}}
	for _, n := range names {
		out.QueueURLs = append(out.QueueURLs, s.queueURL(c, n))
	}
	return out, nil
}

func (s *SQS) listQueues(c *sqsCall) (any, error) {
	max := 1000
	if c.in.MaxResults != nil {
		max = int(*c.in.MaxResults)
		if max < 1 || max > 1000 {
			return nil, fmt.Errorf("MaxResults must be 1 to 1000: %w", ErrInvalidParameter)
		}
	}
	s.mu.RLock()
	var names []string
	for n := range s.queues {
		if strings.HasPrefix(n, c.in.QueueNamePrefix) && n > c.in.NextToken {
			names = append(names, n)
		}
	}
	s.mu.RUnlock()
	slices.Sort(names)
	out := struct {
		QueueURLs []string `json:"QueueUrls,omitempty" xml:"QueueUrl"`
		NextToken string   `json:"NextToken,omitempty" xml:"NextToken,omitempty"`
	}{}
	if len(names) > max {
		names = names[:max]
		if c.in.MaxResults != nil {
			out.NextToken = names[max-1]
		}
	}
	for _, n := range names {
		out.QueueURLs = append(out.QueueURLs, s.queueURL(c, n))
	}
	return out, nil
}

// redrivePolicy is SetQueueAttributes' RedrivePolicy JSON; the count comes
// as a string from the console and the CLI, as a number from some SDKs.
type redrivePolicy struct {
	DeadLetterTargetArn string  `json:"deadLetterTargetArn"`
	MaxReceiveCount     flexInt `json:"maxReceiveCount"`
}

// applyAttributes validates attribute changes against SQS's limits.
func (s *SQS) applyAttributes(a QueueAttributes, in map[string]string, fifoName, creating bool) (QueueAttributes, error) {
	a.FIFO = fifoName
	seconds := func(name, v string, max time.Duration) (time.Duration, error) {
		n, err := strconv.Atoi(v)
		d := time.Duration(n) * time.Second
		if err != nil || n < 0 || d > max {
			return 0, fmt.Errorf("attribute %s=%q must be 0 to %d: %w", name, v, int(max/time.Second), ErrInvalidParameter)
		}
		return d, nil
	}
	for name, v := range in {
		var err error
		switch name {
		case "VisibilityTimeout":
			a.VisibilityTimeout, err = seconds(name, v, maxVisibilityTimeout)
		case "DelaySeconds":
			a.Delay, err = seconds(name, v, maxDelay)
		case "ReceiveMessageWaitTimeSeconds":
			a.ReceiveWaitTime, err = seconds(name, v, maxWaitTime)
		case "MessageRetentionPeriod":
			a.MessageRetentionPeriod, err = seconds(name, v, 14*24*time.Hour)
			if err == nil && a.MessageRetentionPeriod < time.Minute {
				err = fmt.Errorf("MessageRetentionPeriod must be at least 60: %w", ErrInvalidParameter)
			}
		case "MaximumMessageSize":
			n, perr := strconv.Atoi(v)
			if perr != nil || n < 1024 || n > 1<<20 {
				err = fmt.Errorf("MaximumMessageSize must be 1024 to 1048576: %w", ErrInvalidParameter)
			}
			a.MaximumMessageSize = n
		case "RedrivePolicy":
			if v == "" {
				a.RedriveTargetARN, a.MaxReceiveCount = "", 0
				continue
			}
			var p redrivePolicy
			if jerr := json.Unmarshal([]byte(v), &p); jerr != nil || p.DeadLetterTargetArn == "" || p.MaxReceiveCount < 1 || p.MaxReceiveCount > 1000 {
				err = fmt.Errorf("RedrivePolicy %q needs deadLetterTargetArn and maxReceiveCount 1 to 1000: %w", v, ErrInvalidParameter)
				break
			}
			target := p.DeadLetterTargetArn[strings.LastIndexByte(p.DeadLetterTargetArn, ':')+1:]
			if _, qerr := s.queueByName(target); qerr != nil {
				err = fmt.Errorf("dead-letter target %s: %w", p.DeadLetterTargetArn, ErrInvalidParameter)
			}
			a.RedriveTargetARN, a.MaxReceiveCount = p.DeadLetterTargetArn, int(p.MaxReceiveCount)
		case "FifoQueue":
			if (v == "true") != fifoName || !creating {
				err = fmt.Errorf("FifoQueue=%s must match the name's .fifo suffix and be set at creation: %w", v, ErrInvalidParameter)
			}
		case "ContentBasedDeduplication":
			if !fifoName {
				err = fmt.Errorf("ContentBasedDeduplication is only for FIFO queues: %w", ErrInvalidAttributeName)
			}
			a.ContentBasedDedup = v == "true"
		case "Policy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled",
			"DeduplicationScope", "FifoThroughputLimit", "RedriveAllowPolicy":
			// Accepted for compatibility; they change nothing here.
		default:
			err = fmt.Errorf("unknown attribute %s: %w", name, ErrInvalidAttributeName)
		}
		if err != nil {
			return a, err
		}
	}
	return a, nil
}

// attrMap marshals to Query's <Attribute><Name/><Value/></Attribute> list
// and to JSON's object.
type attrMap map[string]string

func (m attrMap) MarshalXML(e *xml.Encoder, _ xml.StartElement) error {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		kv := struct {
			Name  string
			Value string
		}{k, m[k]}
		if err := e.EncodeElement(kv, xml.StartElement{Name: xml.Name{Local: "Attribute"}}); err != nil {
			return err
		}
	}
	return nil
}

// msgAttrMap marshals to Query's <MessageAttribute><Name/><Value>...</Value>
// list and to JSON's object.
type msgAttrMap map[string]wireMessageAttribute

func (m msgAttrMap) MarshalXML(e *xml.Encoder, _ xml.StartElement) error {
	// encoding/xml writes a []byte as raw characters; the Query protocol
	// carries a blob as base64 text, as JSON does.
	type xmlValue struct {
		DataType    string
		StringValue string `xml:",omitempty"`
		BinaryValue string `xml:",omitempty"`
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		a := m[k]
		v := xmlValue{DataType: a.DataType, StringValue: a.StringValue}
		if a.BinaryValue != nil {
			v.BinaryValue = base64.StdEncoding.EncodeToString(a.BinaryValue)
		}
		kv := struct {
			Name  string
			Value xmlValue
		}{k, v}
		if err := e.EncodeElement(kv, xml.StartElement{Name: xml.Name{Local: "MessageAttribute"}}); err != nil {
			return err
		}
	}
	return nil
}

func (s *SQS) getQueueAttributes(q *Queue, names []string) (any, error) {
	a := q.Attributes()
	visible, inflight, delayed := q.Counts()
	q.mu.Lock()
	created, modified := q.created, q.modified
	q.mu.Unlock()
	all := attrMap{
		"QueueArn":                              q.ARN,
		"ApproximateNumberOfMessages":           strconv.Itoa(visible),
		"ApproximateNumberOfMessagesNotVisible": strconv.Itoa(inflight),
		"ApproximateNumberOfMessagesDelayed":    strconv.Itoa(delayed),
		"CreatedTimestamp":                      strconv.FormatInt(created.Unix(), 10),
		"LastModifiedTimestamp":                 strconv.FormatInt(modified.Unix(), 10),
		"VisibilityTimeout":                     strconv.Itoa(int(a.VisibilityTimeout / time.Second)),
		"DelaySeconds":                          strconv.Itoa(int(a.Delay / time.Second)),
		"MaximumMessageSize":                    strconv.Itoa(a.MaximumMessageSize),
		"MessageRetentionPeriod":                strconv.Itoa(int(a.MessageRetentionPeriod / time.Second)),
		"ReceiveMessageWaitTimeSeconds":         strconv.Itoa(int(a.ReceiveWaitTime / time.Second)),
	}
	if a.RedriveTargetARN != "" {
		all["RedrivePolicy"] = fmt.Sprintf(`{"deadLetterTargetArn":"%s","maxReceiveCount":%d}`, a.RedriveTargetARN, a.MaxReceiveCount)
	}
	if a.FIFO {
		all["FifoQueue"] = "true"
		all["ContentBasedDeduplication"] = strconv.FormatBool(a.ContentBasedDedup)
	}
	out := attrMap{}
	for _, n := range names {
		if n == "All" {
			out = all
			break
		}
		if v, ok := all[n]; ok {
			out[n] = v
		} else if _, known := knownQueueAttributes[n]; !known {
			return nil, fmt.Errorf("unknown attribute %s: %w", n, ErrInvalidAttributeName)
		}
	}
	return struct {
		Attributes attrMap `json:"Attributes,omitempty" xml:"Attribute"`
	}{out}, nil
}

// knownQueueAttributes are names GetQueueAttributes accepts even when the
// queue has no value for them.
var knownQueueAttributes = map[string]struct{}{
	"RedrivePolicy": {}, "FifoQueue": {}, "ContentBasedDeduplication": {}, "Policy": {},
	"KmsMasterKeyId": {}, "KmsDataKeyReusePeriodSeconds": {}, "SqsManagedSseEnabled": {},
	"DeduplicationScope": {}, "FifoThroughputLimit": {}, "RedriveAllowPolicy": {},
}

// ---- messages ----

type sendOutput struct {
	ID        string `json:"Id,omitempty" xml:"Id,omitempty"`
	MessageID string `json:"MessageId" xml:"MessageId"`
	MD5Body   string `json:"MD5OfMessageBody" xml:"MD5OfMessageBody"`
	MD5Attrs  string `json:"MD5OfMessageAttributes,omitempty" xml:"MD5OfMessageAttributes,omitempty"`
	Sequence  string `json:"SequenceNumber,omitempty" xml:"SequenceNumber,omitempty"`
}

type idOutput struct {
	ID string `json:"Id" xml:"Id"`
}

type batchFailure struct {
	ID          string `json:"Id" xml:"Id"`
	Code        string `json:"Code" xml:"Code"`
	Message     string `json:"Message" xml:"Message"`
	SenderFault bool   `json:"SenderFault" xml:"SenderFault"`
}

// batchOutput holds per-entry results; the XML element name of successes
// depends on the action, so it marshals itself.
type batchOutput struct {
	Successful []any          `json:"Successful"`
	Failed     []batchFailure `json:"Failed"`
	entryName  string
}

func (b batchOutput) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	for _, s := range b.Successful {
		if err := e.EncodeElement(s, xml.StartElement{Name: xml.Name{Local: b.entryName}}); err != nil {
			return err
		}
	}
	for _, f := range b.Failed {
		if err := e.EncodeElement(f, xml.StartElement{Name: xml.Name{Local: "BatchResultErrorEntry"}}); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

var batchIDRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,80}$`)

// batch validates a batch and runs each entry; entry failures are reported
// in Failed with HTTP 200, as SQS does.
func (s *SQS) batch(entries []sqsEntry, run func(sqsEntry) (any, error), entryName string) (any, error) {
	if len(entries) == 0 {
		return nil, sqsErr("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", "There should be at least one entry in the request.")
	}
	if len(entries) > maxBatchEntries {
		return nil, sqsErr("TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", fmt.Sprintf("Maximum number of entries per request are 10. You have sent %d.", len(entries)))
	}
	seen := map[string]bool{}
	for _, e := range entries {
		if !batchIDRE.MatchString(e.ID) {
			return nil, sqsErr("InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId", fmt.Sprintf("A batch entry id can only contain alphanumeric characters, hyphens and underscores: %q", e.ID))
		}
		if seen[e.ID] {
			return nil, sqsErr("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", "Id "+e.ID+" repeated.")
		}
		seen[e.ID] = true
	}
	out := batchOutput{Successful: []any{}, Failed: []batchFailure{}, entryName: entryName}
	for _, e := range entries {
		res, err := run(e)
		if err != nil {
			se := sqsErrorFor(err)
			out.Failed = append(out.Failed, batchFailure{e.ID, se.QueryCode, se.Message, se.Sender})
			continue
		}
		out.Successful = append(out.Successful, res)
	}
	return out, nil
}

type receivedOutput struct {
	MessageID         string     `json:"MessageId" xml:"MessageId"`
	ReceiptHandle     string     `json:"ReceiptHandle" xml:"ReceiptHandle"`
	MD5Body           string     `json:"MD5OfBody" xml:"MD5OfBody"`
	Body              string     `json:"Body" xml:"Body"`
	Attributes        attrMap    `json:"Attributes,omitempty" xml:"Attribute"`
	MD5Attrs          string     `json:"MD5OfMessageAttributes,omitempty" xml:"MD5OfMessageAttributes,omitempty"`
	MessageAttributes msgAttrMap `json:"MessageAttributes,omitempty" xml:"MessageAttribute"`
}

func wants(names []string, name string) bool {
	for _, n := range names {
		if n == "All" || n == ".*" || n == name || (strings.HasSuffix(n, ".*") && strings.HasPrefix(name, strings.TrimSuffix(n, "*"))) {
			return true
		}
	}
	return false
}

func (s *SQS) receive(r *http.Request, q *Queue, in *sqsInput) (any, error) {
	max := 1
	if in.MaxNumberOfMessages != nil {
		max = int(*in.MaxNumberOfMessages)
	}
	wait := q.Attributes().ReceiveWaitTime
	if in.WaitTimeSeconds != nil {
		wait = *in.WaitTimeSeconds.seconds()
	}
	visibility := time.Duration(-1)
	if in.VisibilityTimeout != nil {
		visibility = *in.VisibilityTimeout.seconds()
		if visibility < 0 {
			return nil, fmt.Errorf("VisibilityTimeout must be 0 to 43200: %w", ErrInvalidParameter)
		}
	}
	a := q.Attributes()
	redrive := func(msgs []*sqsMessage) {
		dlqName := a.RedriveTargetARN[strings.LastIndexByte(a.RedriveTargetARN, ':')+1:]
		if dlq, err := s.queueByName(dlqName); err == nil {
			dlq.acceptRedriven(msgs, q.ARN)
		} else {
			s.opts.Logger.Warn("dead-letter queue missing; messages dropped", "queue", q.Name, "dlq", dlqName, "count", len(msgs))
		}
	}
	msgs, err := q.Receive(r.Context(), max, wait, visibility, redrive)
	if err != nil {
		return nil, err
	}
	sysNames := append(slices.Clone(in.AttributeNames), in.MessageSystemAttributeNames...)
	out := struct {
		Messages []receivedOutput `json:"Messages,omitempty" xml:"Message"`
	}{}
	for _, m := range msgs {
		ro := receivedOutput{MessageID: m.MessageID, ReceiptHandle: m.ReceiptHandle, MD5Body: m.MD5Body, Body: m.Body}
		for k, v := range m.System {
			if wants(sysNames, k) {
				if ro.Attributes == nil {
					ro.Attributes = attrMap{}
				}
				ro.Attributes[k] = v
			}
		}
		// MD5OfMessageAttributes covers the attributes returned, so it is
		// recomputed for the requested subset.
		chosen := map[string]MessageAttribute{}
		for k, v := range m.Attributes {
			if wants(in.MessageAttributeNames, k) {
				chosen[k] = v
			}
		}
		if len(chosen) > 0 {
			ro.MessageAttributes = msgAttrMap{}
			for k, v := range chosen {
				ro.MessageAttributes[k] = wireMessageAttribute(v)
			}
			ro.MD5Attrs = md5OfMessageAttributes(chosen)
		}
		out.Messages = append(out.Messages, ro)
	}
	return out, nil
}

// ---- responses ----

func (s *SQS) writeOutput(c *sqsCall, w http.ResponseWriter, out any) {
	if !c.query {
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		if out == nil {
			out = struct{}{}
		}
		b, err := json.Marshal(out)
		if err != nil {
			s.writeError(c, w, err)
			return
		}
		w.Write(b)
		return
	}
	var body strings.Builder
	e := xml.NewEncoder(&body)
	start := xml.StartElement{Name: xml.Name{Local: c.action + "Response"}, Attr: []xml.Attr{{Name: xml.Name{Local: "xmlns"}, Value: sqsXMLNS}}}
	_ = e.EncodeToken(start)
	if out != nil {
		if err := e.EncodeElement(out, xml.StartElement{Name: xml.Name{Local: c.action + "Result"}}); err != nil {
			s.writeError(c, w, err)
			return
		}
	}
	_ = e.EncodeElement(struct {
		RequestID string `xml:"RequestId"`
	}{c.id}, xml.StartElement{Name: xml.Name{Local: "ResponseMetadata"}})
	_ = e.EncodeToken(start.End())
	_ = e.Flush()
	w.Header().Set("Content-Type", "text/xml")
	io.WriteString(w, xml.Header+body.String())
}

func (s *SQS) writeError(c *sqsCall, w http.ResponseWriter, err error) {
	se := sqsErrorFor(err)
	s.opts.Logger.Info("sqs error", "action", c.action, "code", se.JSONType, "err", err)
	fault := "Sender"
	if !se.Sender {
		fault = "Receiver"
	}
	if !c.query {
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		w.Header().Set("X-Amzn-Query-Error", se.QueryCode+";"+fault)
		w.WriteHeader(se.Status)
		b, _ := json.Marshal(map[string]string{"__type": "com.amazonaws.sqs#" + se.JSONType, "message": se.Message})
		w.Write(b)
		return
	}
	body := struct {
		XMLName xml.Name `xml:"ErrorResponse"`
		XMLNS   string   `xml:"xmlns,attr"`
		Error   struct {
			Type    string
			Code    string
			Message string
			Detail  string
		}
		RequestID string `xml:"RequestId"`
	}{XMLNS: sqsXMLNS, RequestID: c.id}
	body.Error.Type, body.Error.Code, body.Error.Message = fault, se.QueryCode, se.Message
	b, _ := xml.Marshal(body)
	w.Header().Set("Content-Type", "text/xml")
	w.WriteHeader(se.Status)
	io.WriteString(w, xml.Header)
	w.Write(b)
}
