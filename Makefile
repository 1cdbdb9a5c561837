# alliance-timeline: common tasks. `make site` and `make test` are the README's two commands.
SWIFT ?= swift
SITE ?= _site

.PHONY: site test build release lint templates golden validate bench bench-site tempeval clean

## Build the site from the bundled seeds/ and print where it is.
site:
	@Scripts/bootstrap.sh
	@$(SWIFT) build --product alliance-timeline
	@$$($(SWIFT) build --show-bin-path)/alliance-timeline build seeds --output $(SITE)

## Everything CI checks: templates in sync, lint, the site validates, then the test suite.
test:
	@Scripts/bootstrap.sh
	python3 Scripts/embed-templates.py --check
	$(SWIFT) format lint --strict --recursive Sources Tests
	$(SWIFT) build --build-tests
	rm -rf .build/validate-site && $$($(SWIFT) build --show-bin-path)/alliance-timeline build seeds --output .build/validate-site --quiet
	Scripts/validate-html.sh .build/validate-site
	$(SWIFT) test

build:
	@Scripts/bootstrap.sh
	$(SWIFT) build

release:
	@Scripts/bootstrap.sh
	$(SWIFT) build -c release --product alliance-timeline

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

## Regenerate the built-in copy of Templates/ after editing a template.
templates:
	python3 Scripts/embed-templates.py

## Re-record the golden files (then review the diff).
golden:
	RECORD_GOLDEN=1 $(SWIFT) test --filter RenderingTests || true
	git diff --stat Tests/TimelineKitTests/Golden

## Benchmark the tagger and the pipeline (release build) on a generated 50 MB corpus; prints figures.
bench:
	@Scripts/bootstrap.sh
	$(SWIFT) build -c release --product alliance-timeline
	$(SWIFT) build -c release --product timeline-bench
	$$($(SWIFT) build -c release --show-bin-path)/timeline-bench --mb 50 --cli $$($(SWIFT) build -c release --show-bin-path)/alliance-timeline

## Benchmark the site build on 10,000 generated articles: full build, one-article rebuild,
## unchanged rebuild, peak memory (about 1 minute and 1.3 GB here).
bench-site:
	@Scripts/bootstrap.sh
	$(SWIFT) build -c release --product alliance-timeline
	$(SWIFT) build -c release --product timeline-bench
	$$($(SWIFT) build -c release --show-bin-path)/timeline-bench --site $${ARTICLES:-10000} --cli $$($(SWIFT) build -c release --show-bin-path)/alliance-timeline

## Score the tagger on TempEval-3 (needs ../shared; skips without it).
tempeval:
	Scripts/tempeval.sh

## Validate the HTML of a built site with the Nu HTML checker.
validate: site
	Scripts/validate-html.sh $(SITE)

clean:
	rm -rf .build $(SITE)
