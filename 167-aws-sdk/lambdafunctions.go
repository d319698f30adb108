package main

// This file holds the two read-only Lambda management calls users type
// first, ListFunctions (GET /2015-03-31/functions/) and GetFunction (GET
// /2015-03-31/functions/{name}), answered from the registered functions.
// Functions are Go handlers registered in-process, so there is no code to
// download: GetFunction's Code section is left out, and creating, updating
// or deleting functions stays unimplemented.

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// lambdaConfiguration is the FunctionConfiguration document of the
// Lambda API, with the fields an in-process function has.
type lambdaConfiguration struct {
	FunctionName     string
	FunctionArn      string
	Runtime          string
	Handler          string
	Timeout          int
	MemorySize       int
	Version          string
	State            string
	LastUpdateStatus string
	PackageType      string
	Description      string
}

func (l *Lambda) configuration(fn *lambdaFunc) lambdaConfiguration {
	return lambdaConfiguration{
		FunctionName: fn.Name, FunctionArn: fn.arn, Runtime: "provided.al2023", Handler: fn.Name,
		Timeout: int(fn.Timeout.Seconds()), MemorySize: 128, Version: "$LATEST", State: "Active",
		LastUpdateStatus: "Successful", PackageType: "Zip", Description: "Go handler registered in the emulator",
	}
}

// serveRead answers ListFunctions and GetFunction; ok is false for any
// other request.
func (l *Lambda) serveRead(w http.ResponseWriter, r *http.Request) (ok bool, err error) {
	if r.Method != http.MethodGet {
		return false, nil
	}
	rest, found := strings.CutPrefix(r.URL.EscapedPath(), "/2015-03-31/functions")
	if !found || (rest != "" && rest[0] != '/') {
		return false, nil
	}
	escName := strings.Trim(rest, "/")
	if strings.Contains(escName, "/") {
		return false, nil
	}
	if l.opts.Auth.enabled() {
		if _, err := l.opts.Auth.Verify(r, emptySHA256, false); err != nil {
			return true, err
		}
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if escName == "" {
		out := struct{ Functions []lambdaConfiguration }{Functions: []lambdaConfiguration{}}
		for _, name := range slices.Sorted(maps.Keys(l.funcs)) {
			out.Functions = append(out.Functions, l.configuration(l.funcs[name]))
		}
		return true, writeLambdaJSON(w, out)
	}
	rawName, uerr := url.PathUnescape(escName)
	if uerr != nil {
		return true, &lambdaAPIError{400, "InvalidParameterValueException", "bad function name encoding", ""}
	}
	fn, found := l.funcs[functionName(rawName)]
	if !found {
		return true, &lambdaAPIError{404, "ResourceNotFoundException", fmt.Sprintf("Function not found: arn:aws:lambda:%s:%s:function:%s", l.opts.Region, l.opts.AccountID, functionName(rawName)), ""}
	}
	out := struct {
		Configuration lambdaConfiguration
	}{l.configuration(fn)}
	return true, writeLambdaJSON(w, out)
}

func writeLambdaJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(b)
	return err
}
