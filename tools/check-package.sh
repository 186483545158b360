#!/usr/bin/env bash
# Checks the Debian packages made by tools/package.sh (docs/packaging.md): unpacks them into a temporary root,
# compares the file list, runs the unpacked programs from there, validates the desktop entry, the AppStream
# metadata, the man pages and the systemd unit, and runs lintian. Any error or warning fails.
# Usage: tools/check-package.sh [DEB...]   (default: build/release/packages/*.deb)
set -euo pipefail
cd "$(dirname "$0")/.."
debs=("$@")
[ ${#debs[@]} -eq 0 ] && debs=(build/release/packages/*.deb)

work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root" "$work/home" "$work/data" "$work/site/Clickar"
fail() { echo "check-package.sh: $*" >&2; exit 1; }

echo "== unpack: ${debs[*]}"
for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$root"; done

echo "== file list"
id=jp.example.Clickar
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
expected=(
    ./etc/clickar/mock-server.conf
    ./lib/systemd/system/clickar-mock-server.service
    ./usr/bin/clickar
    ./usr/bin/clickar-mock-server
    "./usr/lib/$multiarch/clickar/libclickar_documents.so"
    "./usr/share/applications/$id.desktop"
    ./usr/share/doc/clickar-mock-server/changelog.gz
    ./usr/share/doc/clickar-mock-server/copyright
    ./usr/share/doc/clickar/README.md
    ./usr/share/doc/clickar/changelog.gz
    ./usr/share/doc/clickar/copyright
    "./usr/share/icons/hicolor/scalable/apps/$id.svg"
    ./usr/share/man/man1/clickar-mock-server.1.gz
    ./usr/share/man/man1/clickar.1.gz
    "./usr/share/metainfo/$id.metainfo.xml"
)
for size in 16 22 24 32 48 64 128 256 512; do expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
diff -u <(printf '%s\n' "${expected[@]}" | sort) <(cd "$root" && find . -type f | sort) ||
    fail "the packages' files differ from the expected list (- expected, + packaged)"

echo "== desktop entry, AppStream metadata"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
validate() { # fails on any error, warning or info; pedantic notes are shown only
    local out
    out=$("$@" 2>&1) || { echo "$out"; fail "$* failed"; }
    echo "$out"
    ! grep -qE '^[EWI]: ' <<<"$out" || fail "$* reported problems"
}
validate appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
validate appstreamcli validate-tree --no-net "$root"

echo "== man pages"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page: $warnings"
done

echo "== systemd unit"
# The unit names /usr/bin/clickar-mock-server and its man page: verify the copy that points into the unpacked root.
sed "s|/usr/bin/clickar-mock-server|$root/usr/bin/clickar-mock-server|" \
    "$root/lib/systemd/system/clickar-mock-server.service" > "$work/clickar-mock-server.service"
out=$(MANPATH="$root/usr/share/man" systemd-analyze verify "$work/clickar-mock-server.service" 2>&1) ||
    fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify: $out"

echo "== lintian"
lintian --fail-on error,warning --tag-display-limit 0 "${debs[@]}"

echo "== the unpacked programs"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/home" XDG_CONFIG_DIRS="$work/site" XDG_DATA_HOME="$work/data"
"$root/usr/bin/clickar-mock-server" --help | grep -q -- '--db' || fail "clickar-mock-server --help"
"$root/usr/bin/clickar" --quit-after-first-paint | grep -q '^first-paint-ns ' || fail "clickar did not paint its window"
# A site-wide settings file is read: English, and a bad value is named with its file and key.
printf '[General]\nlanguage=en\nidleTimeout=-5\n' > "$work/site/Clickar/Clickar.conf"
"$root/usr/bin/clickar" --quit-after-first-paint 2>"$work/clickar.err" >/dev/null & pids+=($!)
for _ in $(seq 100); do grep -q 'idleTimeout' "$work/clickar.err" && break; sleep 0.2; done
grep -qF "The settings file $work/site/Clickar/Clickar.conf, key “idleTimeout”" "$work/clickar.err" ||
    fail "clickar did not name the bad site setting: $(cat "$work/clickar.err")"
# The training server as its unit starts it: a database file, its own address and port.
"$root/usr/bin/clickar-mock-server" --db "$work/data/training.sqlite" --bind 127.0.0.1 --port 0 \
    >"$work/server.out" 2>/dev/null & server=$!; pids+=($server)
for _ in $(seq 100); do grep -q 'listening on' "$work/server.out" && break; sleep 0.2; done
grep -q 'listening on http://127.0.0.1:' "$work/server.out" || fail "clickar-mock-server did not listen"
kill -TERM "$server" && wait "$server" || fail "clickar-mock-server did not stop cleanly on SIGTERM"
[ -s "$work/data/training.sqlite" ] || fail "clickar-mock-server wrote no database"
echo "check-package.sh: ${#debs[@]} packages OK"
