#!/usr/bin/env bash
# Installs (as root) or asks for the system libraries Qt needs on Debian/Ubuntu,
# PostgreSQL's server binaries (the station server, formats.md §8) and the tools the
# tests use to read PDFs and QR codes. The exFAT tools are optional:
# installed where the machine can mount a FUSE stick (root, /dev/fuse), never required,
# because the real-stick test skips cleanly without them.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0

# Debian package -> a file it provides; a package is needed when its file is absent.
declare -A WANT=(
  [libegl1]=libEGL.so.1
  [libgl1]=libGL.so.1
  [libopengl0]=libOpenGL.so.0
  [libfontconfig1]=libfontconfig.so.1
  [libxkbcommon0]=libxkbcommon.so.0
  [libxkbcommon-x11-0]=libxkbcommon-x11.so.0
  [libdbus-1-3]=libdbus-1.so.3
  [libglib2.0-0]=libglib-2.0.so.0
  [libxcb-cursor0]=libxcb-cursor.so.0
  [libxcb-icccm4]=libxcb-icccm.so.4
  [libxcb-keysyms1]=libxcb-keysyms.so.1
  [libxcb-shape0]=libxcb-shape.so.0
  [libxcb-randr0]=libxcb-randr.so.0
  [libxcb-render-util0]=libxcb-render-util.so.0
  [libxcb-image0]=libxcb-image.so.0
  [libxcb-xkb1]=libxcb-xkb.so.1
  [libx11-xcb1]=libX11-xcb.so.1
)
declare -A TOOLS=([poppler-utils]=pdftotext [zbar-tools]=zbarimg [xvfb]=xvfb-run)
# `tools/system-deps.sh dist` (make dist-test): a person at the bundle's window types with
# xdotool, and the test takes screenshots (ImageMagick's import) of a display it asks about.
if [ "${1:-}" = "dist" ]; then
  TOOLS+=([xdotool]=xdotool [imagemagick]=import [x11-utils]=xdpyinfo)
fi

# Optional: a real exFAT stick on a loop device (tests/unit/test_media_exfat.py).
declare -A OPTIONAL=([exfatprogs]=mkfs.exfat [exfat-fuse]=mount.exfat-fuse [fuse3]=fusermount3)
PATH="$PATH:/usr/sbin:/sbin"

install_optional() {
  [ "$(id -u)" = "0" ] && [ -e /dev/fuse ] && command -v apt-get >/dev/null 2>&1 || return 0
  local want=()
  for pkg in "${!OPTIONAL[@]}"; do
    command -v "${OPTIONAL[$pkg]}" >/dev/null 2>&1 || want+=("$pkg")
  done
  [ ${#want[@]} -eq 0 ] && return 0
  echo "Installing optional packages for the exFAT stick test: ${want[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq >/dev/null && apt-get install -y -qq "${want[@]}" >/dev/null; } \
    || echo "Could not install ${want[*]}; the exFAT stick test will be skipped." >&2
  return 0
}

missing=()
# PostgreSQL's server binaries (15 or newer) for the station server and its tests; Debian
# keeps them outside PATH.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
libs=$(ldconfig -p 2>/dev/null)
for pkg in "${!WANT[@]}"; do
  grep -q "${WANT[$pkg]}" <<<"$libs" || missing+=("$pkg")
done
for pkg in "${!TOOLS[@]}"; do
  command -v "${TOOLS[$pkg]}" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then install_optional; exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages Precinct needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "apt-get could not install: ${missing[*]}" >&2; exit 1; }
else
  echo "Precinct needs these system packages; please run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
install_optional
