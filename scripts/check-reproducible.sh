#!/bin/sh
# Builds openbbic twice from clean and compares every jar and the CLI archives byte for byte.
# Exits 0 when all are identical, 1 naming those that differ. Takes two builds without tests
# (about 3-6 minutes each on 2 cores); CI does not run it. Extra Maven options: MVN_ARGS, e.g.
# MVN_ARGS=-o scripts/check-reproducible.sh; the build logs are kept in LOGS, if set.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/openbbic-reproducible.XXXXXX")
trap 'if [ -n "${LOGS:-}" ]; then mkdir -p "$LOGS" && cp "$work"/build-*.log "$LOGS"/; fi; rm -rf "$work"' EXIT

build() {
  echo "build $1 ..." >&2
  start=$(date +%s)
  # shellcheck disable=SC2086
  ./mvnw -B ${MVN_ARGS:-} clean verify -DskipTests >"$work/build-$1.log" 2>&1 || {
    tail -50 "$work/build-$1.log" >&2
    exit 2
  }
  echo "build $1: $(($(date +%s) - start)) s" >&2
  mkdir -p "$work/$1"
  find . -mindepth 3 -maxdepth 3 -path './*/target/*' -type f \
    \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \) ! -name 'original-*' |
    while read -r file; do
      mkdir -p "$work/$1/$(dirname "$file")"
      cp "$file" "$work/$1/$file"
    done
}

build 1
build 2
differ=0
count=0
cd "$work/1"
for file in $(find . -type f | sort); do
  count=$((count + 1))
  if ! cmp -s "$file" "$work/2/$file"; then
    echo "differs: $file"
    differ=$((differ + 1))
  fi
done
if [ "$(cd "$work/2" && find . -type f | wc -l)" -ne "$count" ]; then
  echo "the two builds made different sets of files"
  differ=$((differ + 1))
fi
if [ "$differ" -ne 0 ]; then
  echo "not reproducible: $differ of $count files differ"
  exit 1
fi
echo "reproducible: $count jars and archives byte-identical in two clean builds"
