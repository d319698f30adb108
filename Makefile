# The monorepo's one entry point. Challenge directories are found by glob
# (NNN-name), so adding one needs no edit here.
#
#   make demo          run every challenge's demo, one after the other
#   make test          gofmt check, go vet, staticcheck, go test -race
#   make bench         every benchmark with -benchmem; make bench C=172 for one challenge
#   make bench-smoke   every benchmark once (-benchtime=1x -short), as CI does
#   make fuzz-smoke    every Fuzz target for FUZZTIME (default 5s) each
#   make e2e           install the outside tools where missing, run TestE2E* with E2E=1
#   make index         regenerate INDEX.md's and README.md's figures from the tree
#   make index-check   fail when those figures are stale
#   make ci            e2e-tools, then test with E2E=1, bench-smoke, fuzz-smoke, index-check (what .ci/run runs)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
GO ?= go

CHALLENGES := $(sort $(wildcard [0-9][0-9][0-9]-*/))
CHALLENGES := $(CHALLENGES:/=)
PKGS := $(addprefix ./,$(CHALLENGES))

# C selects challenges by prefix: C=172, C=17, C=168-networking.
C ?=
SELECTED := $(if $(C),$(filter $(C)%,$(CHALLENGES)),$(CHALLENGES))
SELECTED_PKGS := $(addprefix ./,$(SELECTED))

BENCH ?= .
BENCHTIME ?=
COUNT ?= 1
FUZZTIME ?= 5s
DEMO_TIMEOUT ?= 120s

# Outside tools driven by the end-to-end tests, as command=Debian package. aws is
# named by its Debian path: a pyenv or pip "aws" (CLI v1) earlier on PATH must
# not count as installed, since the tests want the packaged CLI v2.
E2E_TOOLS := tmux=tmux /usr/bin/aws=awscli wrk=wrk h2load=nghttp2-client nginx=nginx-light \
	curl=curl chromium=chromium python3=python3 pgrep=procps

.PHONY: all test fmt-check vet staticcheck unit demo bench bench-smoke fuzz-smoke \
	e2e e2e-tools index index-check ci no-challenges

all: test

# With no challenge directory yet, every target that takes packages says so
# and succeeds: the frame must be green before the first challenge lands.
no-challenges:
	@[ -n "$(CHALLENGES)" ] || echo "make: no challenge directories yet"

test: fmt-check vet staticcheck unit

fmt-check:
	@files=$$(gofmt -l $(CHALLENGES) .ci); \
	if [ -n "$$files" ]; then echo "gofmt: these files are not formatted:"; echo "$$files"; exit 1; fi

vet: no-challenges
	$(GO) vet .ci/index.go
	$(if $(PKGS),$(GO) vet $(PKGS))

staticcheck: no-challenges
	$(GO) tool staticcheck .ci/index.go
	$(if $(PKGS),$(GO) tool staticcheck $(PKGS))

unit: no-challenges
	$(if $(PKGS),$(GO) test -race -count=1 $(PKGS))

demo: no-challenges
	@for d in $(CHALLENGES); do \
		printf '\n==================== %s ====================\n\n' "$$d"; \
		timeout $(DEMO_TIMEOUT) $(GO) run ./$$d </dev/null; \
	done

bench: no-challenges
	$(if $(SELECTED_PKGS),$(GO) test -run '^$$' -bench '$(BENCH)' -benchmem -count $(COUNT) \
		$(if $(BENCHTIME),-benchtime $(BENCHTIME)) $(SELECTED_PKGS),@echo "make: no challenge matches C=$(C)")

# -short lets a benchmark whose setup dwarfs one iteration (172's 48 MB
# Bloom filter) build a small one: the smoke run checks that every benchmark
# runs, not what it measures.
bench-smoke: no-challenges
	$(if $(PKGS),$(GO) test -short -run '^$$' -bench . -benchtime=1x -benchmem $(PKGS))

# go test -fuzz takes one target of one package at a time, so each is listed
# and run by itself. Go 1.26's fuzzing coordinator can fail a run with a bare
# "context deadline exceeded" when -fuzztime ends on a loaded machine (a race
# between the deadline's parent and child contexts in internal/fuzz; see
# golang/go#75804). A real finding always prints "Failing input written to",
# so only a run that failed with the bare deadline and wrote no input is
# retried, at most twice; every other failure fails the target.
fuzz-smoke: no-challenges
	@for d in $(CHALLENGES); do \
		for f in $$($(GO) test -list '^Fuzz' ./$$d | grep '^Fuzz' || true); do \
			for try in 1 2 3; do \
				echo "fuzz: $$d $$f ($(FUZZTIME), try $$try)"; \
				out=$$($(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) ./$$d 2>&1) && { echo "$$out"; break; }; \
				echo "$$out"; \
				if [ $$try -lt 3 ] && grep -q 'context deadline exceeded' <<<"$$out" \
					&& ! grep -q 'Failing input written to' <<<"$$out"; then \
					echo "fuzz: $$f hit the fuzztime deadline race and found nothing; retrying"; \
					continue; \
				fi; \
				exit 1; \
			done; \
		done; \
	done

# Installs only what is missing, and only where it can (root with apt-get);
# elsewhere the tests report each missing tool as a failure under E2E=1.
e2e-tools:
	@missing=(); \
	for pair in $(E2E_TOOLS); do \
		command -v "$${pair%%=*}" >/dev/null 2>&1 || missing+=("$${pair#*=}"); \
	done; \
	if [ $${#missing[@]} -eq 0 ]; then echo "e2e: all outside tools present"; exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "e2e: installing $${missing[*]}"; \
		apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$${missing[@]}" >/dev/null; \
	else \
		echo "e2e: missing $${missing[*]} and cannot install them here (needs root and apt-get)"; \
	fi

e2e: e2e-tools no-challenges
	$(if $(PKGS),E2E=1 $(GO) test -count=1 -run 'E2E' $(PKGS))

index:
	$(GO) run .ci/index.go

index-check:
	$(GO) run .ci/index.go -check

# The outside tools go first, and the unit tests run with E2E=1: each E2E
# test then runs once, under -race, and fails rather than skips when its
# tool is missing. (A separate "make e2e" pass ran every E2E test a second
# time, minutes of CI for nothing new.)
ci: e2e-tools
	E2E=1 $(MAKE) test
	$(MAKE) bench-smoke fuzz-smoke index-check
