# dossier: `make run` builds and opens the reader on seeds/; `make test` runs every suite.
# Both install what is missing (ncursesw headers, tmux) through `make deps`.

SWIFT      ?= swift
PREFIX     ?= /usr/local
CORPUS     ?= seeds
BUILD_FLAGS = --disable-index-store
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PKGS   := libncursesw5-dev tmux

.PHONY: all deps build release run test test-asan bench bench-peers fuzz man install uninstall clean

all: build

## deps: install the Debian packages the build and tests need, when missing (no-op otherwise)
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

## release: the Swift runtime and Foundation linked in statically: start-up 3.7 ms instead of 9 ms
release: deps
	$(SWIFT) build -c release $(BUILD_FLAGS) --static-swift-stdlib --product dossier

## run: release build, then open dossier on seeds/
run: release
	./.build/release/dossier --corpus $(CORPUS)

## test: every suite (unit, snapshot, CLI end to end); first, no file may keep a merge's conflict markers
test: deps
	@! git grep -nE '^(<<<<<<<|>>>>>>>)( |$$)' -- . ':!seeds' 2>/dev/null || { echo "conflict markers left by a merge (above)"; exit 1; }
	$(SWIFT) build $(BUILD_FLAGS)
	$(SWIFT) test --parallel --num-workers 2

## test-asan: every suite under AddressSanitizer, in a build folder of its own (.build-asan) so the
## normal build is untouched; the end-to-end tests then drive the instrumented binary too. Leaks at
## exit are checked, less those of the toolchain (regex engine, XCTest runner, Foundation) and TOMLKit (Tests/Sanitizers/lsan.supp).
## The runtime's backtracer is off: it reads a crashed stack in a way ASan reports as an overflow.
test-asan: deps
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan --parallel --num-workers 2

## bench: dossier beside less, vim and ripgrep on 1x, 100x and 1000x copies of the seeds, in release builds;
## prints one table with the goals of issue 7 and writes it as JSON (Benchmarks/README.md).
## BENCH_SCALES=1,100 (default 1,100,1000), BENCH_RUNS=N or one per scale, BENCH_JSON=path, KEEP=1.
bench: deps bench-peers
	$(SWIFT) build -c release $(BUILD_FLAGS) --static-swift-stdlib --product dossier
	$(SWIFT) build -c release $(BUILD_FLAGS) --static-swift-stdlib --product dossier-bench
	./.build/release/dossier-bench --dossier .build/release/dossier --seeds $(BENCH_SEEDS)

# The peers make bench compares with, as package:command; a command already on PATH is enough (any vim will do).
BENCH_PEERS := ripgrep:rg vim-nox:vim less:less
BENCH_SEEDS ?= seeds

bench-peers:
	@missing=""; for pc in $(BENCH_PEERS); do \
	  command -v $${pc#*:} >/dev/null 2>&1 || missing="$$missing $${pc%%:*}"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## fuzz: libFuzzer on the corpus parser, the data-file parsers and the queries on the model, for SECONDS
## (default 60) on one worker, seeded from seeds/ and the fixtures (Fuzz/README.md); not part of make test.
## Crashers, timeouts and out-of-memory inputs go to .build-fuzz/artifacts/, new inputs to .build-fuzz/corpus/.
SECONDS   ?= 60
FUZZ_DIR   = .build-fuzz
# A release build with the fuzzer's coverage and AddressSanitizer, linked by the toolchain's lld (the
# default gold stops with an internal error on it). DOSSIER_FUZZ makes the harness's main start libFuzzer.
# No leak checks: TOMLKit leaks every actors.toml it parses (Fuzz/README.md), so each such input cost a
# scan of the whole heap; the Swift backtracer is off so that libFuzzer's handler reports crashes.
FUZZ_BUILD = -c release $(BUILD_FLAGS) --scratch-path $(FUZZ_DIR) --product dossier-fuzz \
             -Xswiftc -sanitize=fuzzer,address -Xswiftc -DDOSSIER_FUZZ -Xswiftc -use-ld=lld

fuzz: deps
	$(SWIFT) build $(FUZZ_BUILD)
	Fuzz/seed-corpus.sh $(FUZZ_DIR)/seeds
	mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_DIR)/release/dossier-fuzz $(FUZZ_DIR)/corpus \
	  $(FUZZ_DIR)/seeds -dict=Fuzz/parser.dict -max_total_time=$(SECONDS) -max_len=262144 -timeout=10 \
	  -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix=$(FUZZ_DIR)/artifacts/ -print_final_stats=1

## man: rewrite the KEYS section of dossier.1 from `dossier keys` (after a change to the key map;
## CLITests fail until it is run)
man: deps
	$(SWIFT) build $(BUILD_FLAGS) --product dossier
	scripts/man-keys.sh .build/debug/dossier dossier.1

# Where install puts things; DESTDIR is prepended for staged installs (packaging).
BINDIR      = $(DESTDIR)$(PREFIX)/bin
SHAREDIR    = $(DESTDIR)$(PREFIX)/share
MAN1DIR     = $(SHAREDIR)/man/man1
BASHCOMPDIR = $(SHAREDIR)/bash-completion/completions
ZSHCOMPDIR  = $(SHAREDIR)/zsh/site-functions
FISHCOMPDIR = $(SHAREDIR)/fish/vendor_completions.d
COMPLETIONS = .build/completions

## install: the release binary, the seeds (the default corpus outside a checkout), the man page and
## bash, zsh and fish completions (generated by the binary being installed, so they match it)
install: release
	mkdir -p $(COMPLETIONS)
	for sh in bash zsh fish; do \
	  ./.build/release/dossier --generate-completion-script $$sh > $(COMPLETIONS)/dossier.$$sh || exit 1; done
	install -d $(BINDIR) $(SHAREDIR)/dossier/seeds $(MAN1DIR) $(BASHCOMPDIR) $(ZSHCOMPDIR) $(FISHCOMPDIR)
	install -m 0755 .build/release/dossier $(BINDIR)/dossier
	install -m 0644 seeds/* $(SHAREDIR)/dossier/seeds/
	install -m 0644 dossier.1 $(MAN1DIR)/dossier.1
	install -m 0644 $(COMPLETIONS)/dossier.bash $(BASHCOMPDIR)/dossier
	install -m 0644 $(COMPLETIONS)/dossier.zsh $(ZSHCOMPDIR)/_dossier
	install -m 0644 $(COMPLETIONS)/dossier.fish $(FISHCOMPDIR)/dossier.fish

## uninstall: everything install put there, then the folders it leaves empty (others are kept)
uninstall:
	rm -f $(BINDIR)/dossier $(MAN1DIR)/dossier.1 $(BASHCOMPDIR)/dossier $(ZSHCOMPDIR)/_dossier \
	  $(FISHCOMPDIR)/dossier.fish
	rm -rf $(SHAREDIR)/dossier
	@for d in $(BINDIR) $(MAN1DIR) $(SHAREDIR)/man $(BASHCOMPDIR) $(SHAREDIR)/bash-completion \
	  $(ZSHCOMPDIR) $(SHAREDIR)/zsh $(FISHCOMPDIR) $(SHAREDIR)/fish $(SHAREDIR); do \
	  rmdir "$$d" 2>/dev/null || true; done

clean:
	rm -rf .build
