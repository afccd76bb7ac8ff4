# Crosswalk: `make site` builds the bundled guidance, `make test` runs every test,
# `make bench` measures speed against references. Each target installs what is missing first.
SWIFT ?= swift
CROSSWALK_DEBUG := .build/debug/crosswalk
CROSSWALK_RELEASE := .build/release/crosswalk

.PHONY: site test bench fuzz setup clean

setup:
	scripts/setup

site: setup
	$(SWIFT) build --product crosswalk
	$(CROSSWALK_DEBUG) build --content content --output _site
	@echo "Site: $(CURDIR)/_site/index.html"

test: setup
	scripts/setup --browser
	$(SWIFT) build
	$(SWIFT) test
	$(CROSSWALK_DEBUG) check content
	$(CROSSWALK_DEBUG) build --content content --output .build/test-site --no-search
	CROSSWALK_BIN=$(CROSSWALK_DEBUG) .venv/bin/python -m pytest Tests/Browser -q
	scripts/fuzz 60

# Release binaries link the Swift runtime and Foundation statically, as a distributed
# crosswalk would be: they start faster, run faster (no calls through the dynamic linker's
# tables for every retain and release) and need no Swift toolchain on the machine.
RELEASE_FLAGS := -c release --static-swift-stdlib

bench:
	scripts/setup --bench
	$(SWIFT) build $(RELEASE_FLAGS) --product crosswalk
	$(SWIFT) build $(RELEASE_FLAGS) --product EngineBenchmark
	$(SWIFT) build $(RELEASE_FLAGS) --product SiteBenchmark
	$(SWIFT) build $(RELEASE_FLAGS) --product ImportBenchmark
	CROSSWALK_BIN=$(CROSSWALK_RELEASE) Benchmarks/run-build-bench
	CROSSWALK_BIN=$(CROSSWALK_RELEASE) Benchmarks/run-serve-bench
	.build/release/SiteBenchmark bench-out/corpus 5
	.build/release/EngineBenchmark
	.build/release/ImportBenchmark bench-out/tenant-import 9

fuzz:
	scripts/fuzz 1800

clean:
	rm -rf _site .build/test-site .build/test-output bench-out
