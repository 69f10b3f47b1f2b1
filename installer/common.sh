# shellcheck shell=bash
# Shared steps of build-linux.sh and build-macos.sh (sourced, not run): build the jar when needed,
# stage jpackage's input, and make the Java runtime with jlink. Run from the checkout's root.
# build-windows.ps1 does the same steps in PowerShell; keep the two in step.

app_name="Care Journal"
main_jar=care-journal.jar
main_class=org.carejournal.app.Main
description="A private journal for men living with metastatic prostate cancer and their caregivers"
out=target/installer
input=$out/input
runtime=$out/runtime
# jpackage writes "Maintainer: <vendor> <this address>"; set MAINTAINER_EMAIL for a real release
MAINTAINER_EMAIL=${MAINTAINER_EMAIL:-care-journal@example.org}

# JDK modules the app needs that jdeps cannot see, because they are found by name at run time:
#   jdk.localedata  dates, numbers and month names for every locale but English (Spanish, ...)
#   jdk.charsets    CSV files from lab portals in older encodings (Shift_JIS, IBM code pages, ...)
#   jdk.zipfs       the "jar:" file system that some libraries use to read their own resources
extra_modules=jdk.localedata,jdk.charsets,jdk.zipfs

# The JDK's bin folder: JAVA_HOME's when set, else the one whose jpackage is on PATH.
java_bin_dir() {
  if [ -n "${JAVA_HOME:-}" ]; then
    echo "$JAVA_HOME/bin"
  elif command -v jpackage >/dev/null; then
    dirname "$(readlink -f "$(command -v jpackage)" 2>/dev/null || command -v jpackage)"
  else
    echo "installer: no JDK with jpackage found; install a JDK 17+ or set JAVA_HOME" >&2
    exit 1
  fi
}

# need_tool COMMAND PACKAGE: stop with a message naming what to install when COMMAND is missing.
need_tool() {
  command -v "$1" >/dev/null || {
    echo "installer: $1 is missing; install $2 (see the README's \"Building the installers\")" >&2
    exit 1
  }
}

# The app version for the package: the pom's <version> without -SNAPSHOT (jpackage takes only
# numbers), or APP_VERSION when set.
app_version() {
  if [ -n "${APP_VERSION:-}" ]; then echo "$APP_VERSION"; return; fi
  # The project's own <version> is the one indented by two spaces; dependencies' are deeper
  sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1
}

# Builds target/care-journal.jar (and target/lib/) when it is missing, older than the sources, or
# was built on another system: JavaFX's jars are per system (FX_CLASSIFIER: linux, mac, mac-aarch64).
build_jar_if_needed() {
  local why=""
  if [ ! -f "target/$main_jar" ]; then
    why="target/$main_jar is missing"
  elif [ -n "$(find pom.xml src/main -newer "target/$main_jar" -type f -print -quit)" ]; then
    why="the sources are newer than target/$main_jar"
  elif ! ls target/lib/javafx-graphics-*-"${FX_CLASSIFIER}".jar >/dev/null 2>&1; then
    why="target/lib has no JavaFX for $FX_CLASSIFIER"
  fi
  if [ -n "$why" ]; then
    echo "installer: $why; building it: mvn -q -B package -DskipTests ${MVN_ARGS:-}" >&2
    # shellcheck disable=SC2086  # MVN_ARGS is a list of words, e.g. "-o"
    mvn -q -B package -DskipTests ${MVN_ARGS:-}
  fi
}

# jpackage copies all of --input into the app, so it gets the jar and its libraries only, not the
# rest of target/ (classes, test output, earlier installers).
stage_input() {
  rm -rf "$input"
  mkdir -p "$input"
  cp "target/$main_jar" "$input/"
  cp -R target/lib "$input/lib"
}

# The JDK modules that the jar and its libraries use, as jlink wants them (comma-separated).
# jdeps reads the plain jars on the class path; the libraries that are named modules (JavaFX,
# jfreechart-fx, ...) need the others on the module path to resolve, so each jar is read on its
# own and only JDK modules are kept. JavaFX's platform-less jars are empty and would clash with
# the platform ones of the same module name, so they stay off the module path.
jdk_modules() {
  local jbin=$1 mp
  mp=$(mktemp -d)
  for jar in "$input"/lib/*.jar; do
    case "$(basename "$jar")" in
      javafx-*-[0-9]*[0-9].jar) ;;   # javafx-base-21.0.8.jar: empty; javafx-base-21.0.8-linux.jar: real
      *) cp "$jar" "$mp/";;
    esac
  done
  local jdk
  jdk=$("$jbin/java" --list-modules | sed 's/@.*//')
  {
    "$jbin/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps \
      --class-path "$mp/*" "$input/$main_jar"
    for jar in "$mp"/*.jar; do
      "$jbin/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps \
        --module-path "$mp" "$jar"
    done
    echo "$extra_modules"
  } | tr ',' '\n' | grep -Fx -f <(echo "$jdk") | sort -u | paste -sd, -
  rm -rf "$mp"
}

# The Java runtime that ships inside the package: only the modules the app uses, no debug symbols,
# headers or man pages (about a third of a full JDK's size).
make_runtime() {
  local mods
  mods=$(jdk_modules "$jbin")
  echo "installer: jlink --add-modules $mods" >&2
  rm -rf "$runtime"
  "$jbin/jlink" --add-modules "$mods" --strip-debug --no-header-files --no-man-pages \
    --compress=2 --output "$runtime"
}

# The jpackage options every system shares (after stage_input and make_runtime).
# shellcheck disable=SC2034  # used by the scripts that source this file
common_jpackage_args=(
  --name "$app_name"
  --description "$description"
  --vendor "Care Journal"
  --copyright "Care Journal contributors"
  --input "$input"
  --main-jar "$main_jar"
  --main-class "$main_class"
  --runtime-image "$runtime"
  --dest "$out"
)
