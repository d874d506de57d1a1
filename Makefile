# make render: set up, build (release), render every scene into renders/, and animate the
#              scenes that have an `animation:` block
# make test:   set up, then swift test, optimized
SWIFT ?= swift
DESCENT = .build/release/descent
# The tests train networks and render every scene, which unoptimized code makes ten to fifty
# times slower, so they are built optimized (debug configuration, so @testable still works).
# The flags are given here, not in Package.swift, so that the package can be a versioned
# dependency. Use the same flags with `swift test --filter` to reuse the build.
TEST_FLAGS = -Xswiftc -O -Xcc -O2

.PHONY: setup build render test browser-test bench bench-all bench-animate bench-lr bench-lines bench-soak bench-live clean

setup:
	@scripts/setup.sh

# The Swift runtime and Foundation linked in (static), so that start-up maps no Swift libraries.
build: setup
	$(SWIFT) build -c release --product descent --static-swift-stdlib
	$(SWIFT) build -c release --product descent-live --static-swift-stdlib

render: build
	$(DESCENT) render scenes/*.yaml --output renders
	$(DESCENT) animate $$(grep -l '^animation:' scenes/*.yaml) --output renders

test: setup
	$(SWIFT) test $(TEST_FLAGS)

bench: build
	scripts/bench.sh

# Every speed goal side by side with its peer in one run, and instruction counts: one table.
bench-all: build
	scripts/bench-all.sh

bench-animate: build
	scripts/bench-animate.sh

bench-lr: build
	scripts/bench-lr.sh

bench-lines: build
	scripts/bench-lines.sh

bench-soak: setup
	scripts/bench-soak.sh

# The live page in headless chromium (after `make test`, which builds the binary it serves).
browser-test:
	scripts/browser-test.sh

bench-live: build
	scripts/bench-live.sh

clean:
	rm -rf .build
