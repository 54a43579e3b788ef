#!/usr/bin/env bash
# Starts the GUI; on a machine with no screen, under a virtual one (Xvfb) with a notice.
set -u
app=$1
if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "No screen found: starting Precinct on a virtual screen (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$app"
  fi
  echo "No screen found (DISPLAY is not set); start Precinct from a desktop session." >&2
  exit 1
fi
exec "$app"
