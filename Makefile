# Builds the Lambda deployment package for `sam build` (template.yaml: Metadata: BuildMethod: makefile).
#
# sam copies CodeUri (this directory, the repository root) to a scratch directory and runs
# `make build-<LogicalId>` there with ARTIFACTS_DIR set to the function's build output. sam cannot
# build a multi-module Maven project itself, so this target runs the reactor (annotations,
# processor, server, the example) and puts the shaded jar in the package's lib/, where the Java
# runtime puts every jar on the class path. Tests are neither compiled nor run here: CI runs them.
#
# By hand: make build-CalculatorFunction ARTIFACTS_DIR=/tmp/calculator-package

MVN ?= mvn
CALCULATOR_JAR := examples/calculator/target/mcplet-example-calculator.jar

.PHONY: build-CalculatorFunction
build-CalculatorFunction:
	$(if $(ARTIFACTS_DIR),,$(error ARTIFACTS_DIR is not set: run `sam build`, or make build-CalculatorFunction ARTIFACTS_DIR=<dir>))
	$(MVN) -B -q -Dmaven.test.skip=true -pl examples/calculator -am package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(CALCULATOR_JAR) "$(ARTIFACTS_DIR)/lib/"
