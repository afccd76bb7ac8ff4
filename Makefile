# Crosswalk: `make site` builds the bundled guidance, `make test` runs every test,
# `make bench` measures speed against references, `make install [PREFIX=/usr/local]` installs
# the release binary with its shell completions and man page (`make uninstall` removes them).
# Each target installs what is missing first.
SWIFT ?= swift
CROSSWALK_DEBUG := .build/debug/crosswalk
CROSSWALK_RELEASE := .build/release/crosswalk
# Everything `swift format` keeps in shape (`make format` rewrites, `make test` lints).
SWIFT_SOURCES := Package.swift Sources Tests Benchmarks Fuzz Plugins Tools

.PHONY: site test test-release bench fuzz setup clean release install uninstall format

setup:
	scripts/setup

site: setup
	$(SWIFT) build --product crosswalk
	$(CROSSWALK_DEBUG) build --content content --output _site
	@echo "Site: $(CURDIR)/_site/index.html"

test: setup
	scripts/setup --browser --test
	$(SWIFT) format lint --strict --recursive $(SWIFT_SOURCES)
	$(SWIFT) build
	$(SWIFT) test
	$(CROSSWALK_DEBUG) check content
	$(CROSSWALK_DEBUG) build --content content --output .build/test-site --no-search
	CROSSWALK_BIN=$(CROSSWALK_DEBUG) .venv/bin/python -m pytest Tests/Browser -q
	CROSSWALK_BIN=$(CROSSWALK_DEBUG) CROSSWALK_INSTALL_CONFIGURATION=debug .venv/bin/python -m pytest Tests/Shipping -q
	scripts/fuzz 60

# The same tests of the installed tool, with the release binary a user would install (minutes
# to build; `make test` installs the debug binary, which embeds the same resources).
test-release: setup
	scripts/setup --test
	$(SWIFT) build --product crosswalk
	CROSSWALK_BIN=$(CROSSWALK_DEBUG) CROSSWALK_INSTALL_CONFIGURATION=release .venv/bin/python -m pytest Tests/Shipping -q

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
	.build/release/SiteBenchmark bench-out/corpus 5 content
	.build/release/EngineBenchmark
	.build/release/ImportBenchmark bench-out/tenant-import 9

fuzz:
	scripts/fuzz 1800

# --- Installing -------------------------------------------------------------------------------
# The binary carries its templates and assets; it needs no file of this repository. PREFIX is
# where it goes, DESTDIR a staging root for packagers. CONFIGURATION=debug installs the debug
# build instead (the tests do, to avoid a release build).
PREFIX ?= /usr/local
DESTDIR ?=
CONFIGURATION ?= release
BUILD_FLAGS_release := $(RELEASE_FLAGS)
BUILD_FLAGS_debug :=
INSTALLED_BINARY := .build/$(CONFIGURATION)/crosswalk
MANUAL := .build/plugins/GenerateManual/outputs/crosswalk/crosswalk.1
BIN_DIR := $(DESTDIR)$(PREFIX)/bin
MAN_DIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_DIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_DIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_DIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

release: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product crosswalk

# swift-argument-parser's generate-manual plugin writes the man page from the command's own help.
# It builds every product first: in debug, which `make test` has built already and which leaves
# the release binary alone. Dated by the last commit, so the page is the same on every machine.
$(MANUAL): Package.swift $(wildcard Sources/crosswalk/*.swift Sources/crosswalk/*/*.swift)
	$(SWIFT) package plugin generate-manual --configuration debug --date $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

install: setup
	$(SWIFT) build $(BUILD_FLAGS_$(CONFIGURATION)) --product crosswalk
	$(MAKE) $(MANUAL)
	install -d $(BIN_DIR) $(MAN_DIR) $(BASH_DIR) $(ZSH_DIR) $(FISH_DIR)
	install -m 755 $(INSTALLED_BINARY) $(BIN_DIR)/crosswalk
	install -m 644 $(MANUAL) $(MAN_DIR)/crosswalk.1
	$(INSTALLED_BINARY) --generate-completion-script bash > $(BASH_DIR)/crosswalk
	$(INSTALLED_BINARY) --generate-completion-script zsh > $(ZSH_DIR)/_crosswalk
	$(INSTALLED_BINARY) --generate-completion-script fish > $(FISH_DIR)/crosswalk.fish
	@echo "Installed $(BIN_DIR)/crosswalk"

uninstall:
	rm -f $(BIN_DIR)/crosswalk $(MAN_DIR)/crosswalk.1 $(BASH_DIR)/crosswalk $(ZSH_DIR)/_crosswalk $(FISH_DIR)/crosswalk.fish

clean:
	rm -rf _site .build/test-site .build/test-output bench-out

format:
	$(SWIFT) format format --in-place --recursive $(SWIFT_SOURCES)
