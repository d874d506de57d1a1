# make render: set up, build (release), render every scene into renders/
# make test:   set up, then swift test
SWIFT ?= swift
DESCENT = .build/release/descent

.PHONY: setup build render test bench bench-lr clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product descent

render: build
	$(DESCENT) render scenes/*.yaml --output renders

test: setup
	$(SWIFT) test

bench: build
	scripts/bench.sh

bench-lr: build
	scripts/bench-lr.sh

clean:
	rm -rf .build
