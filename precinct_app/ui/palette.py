"""The window's colours, each named by what it means and defined once.

docs/screens.md §1: a calm neutral palette, one accent for the primary action, contrast at least
4.5:1, and colour never the only signal (every state has a word and a mark as well).
Screens take their colours from here; a test fails on a colour literal anywhere else
in ``precinct_app/ui`` and checks every pair in :data:`PAIRS` against WCAG AA.
"""

from __future__ import annotations

from typing import Literal

# -- text ------------------------------------------------------------------------------------
TEXT = "#1f2a33"  # text we colour ourselves (a step done)
TEXT_STRONG = "#10324a"  # what to do now: the current step, the action's caption
TEXT_SECONDARY = "#4a5560"  # neutral notes, column captions, the navigation's key hints
TEXT_MUTED = "#5f6b76"  # still to come, superseded, no state yet
TEXT_DISABLED = "#9aa5b0"  # a disabled item's hint (WCAG exempts inactive controls)
OK_TEXT = "#1b6b34"
WARN_TEXT = "#6b4500"
ERROR_TEXT = "#8c1d18"
ON_ACCENT = "#ffffff"  # text on the accent and on an alarm
ON_ACCENT_SOFT = "#dce6ef"  # a key hint on the selected navigation row
ON_TRAINING = "#3e2c00"

# -- surfaces --------------------------------------------------------------------------------
BASE = "#ffffff"  # Qt's default base (tables, edits, the chart): checked against, not set
WINDOW = "#efefef"  # Qt's default window colour (Fusion): checked against, not set
CARD = "#fafbfc"  # the voter card and the voter's details
PANEL = "#f4f7fa"  # the turnout figures, a step done
PANEL_SUNKEN = "#eef1f4"  # the header, a read-only value, a check not yet complete
CURRENT_TINT = "#e3eef7"  # the step being done
OK_TINT = "#e3f3e8"
WARN_TINT = "#fff3d6"
ERROR_TINT = "#fbe4e2"
BORDER = "#c9d3dd"
PREVIEW_BACKDROP = TEXT_MUTED  # around the protocol's pages

# -- accent, alarms, banners -----------------------------------------------------------------
ACCENT = "#1f5f8b"  # the primary action, the phase, the selected screen, the chart's bars
ACCENT_PALE = "#a9c3d6"  # the hour in progress (hatched, outlined in the accent)
ACCENT_DISABLED = "#9fb3c3"  # a primary action disabled (greyer than the pale accent)
ALARM = "#b3261e"  # a failed backup or integrity check, white on red
TRAINING = "#ffd54f"  # the TRAINING banner

# -- the voter's state (the desk card's stripe and word, the list's dots) --------------------
STATE_MAY_ISSUE = "#1b7a3a"
STATE_ISSUED = "#9a6200"
STATE_EXCLUDED = ALARM
STATE_OUTSIDE = ACCENT

# -- the turnout chart -----------------------------------------------------------------------
CHART_GRID = "#d5dce3"  # decoration: every bar carries its number
CHART_AXIS = "#3b4650"

# Foreground, background, and what the pair carries: "text" needs 4.5:1, "large" text
# (18 pt, or 14 pt bold) and "graphic" (a bar, a dot, a stripe) 3:1.
Kind = Literal["text", "large", "graphic"]
PAIRS: tuple[tuple[str, str, Kind], ...] = (
    (TEXT, PANEL, "text"),
    (TEXT_STRONG, CURRENT_TINT, "text"),
    (TEXT_STRONG, WINDOW, "text"),
    (TEXT_SECONDARY, WINDOW, "text"),
    (TEXT_SECONDARY, BASE, "text"),
    (TEXT_SECONDARY, PANEL_SUNKEN, "text"),
    (TEXT_MUTED, WINDOW, "text"),
    (TEXT_MUTED, BASE, "text"),
    (TEXT_MUTED, CARD, "text"),
    (OK_TEXT, OK_TINT, "text"),
    (OK_TEXT, WINDOW, "text"),
    (OK_TEXT, BASE, "text"),
    (WARN_TEXT, WARN_TINT, "text"),
    (WARN_TEXT, WINDOW, "text"),
    (WARN_TEXT, BASE, "text"),
    (ERROR_TEXT, ERROR_TINT, "text"),
    (ERROR_TEXT, WINDOW, "text"),
    (ERROR_TEXT, BASE, "text"),
    (TEXT, PANEL_SUNKEN, "text"),
    (ON_ACCENT, ACCENT, "text"),
    (ON_ACCENT_SOFT, ACCENT, "text"),
    (ON_ACCENT, ALARM, "text"),
    (ON_TRAINING, TRAINING, "text"),
    (STATE_MAY_ISSUE, CARD, "text"),
    (STATE_ISSUED, CARD, "text"),
    (STATE_EXCLUDED, CARD, "text"),
    (STATE_OUTSIDE, CARD, "text"),
    (STATE_MAY_ISSUE, BASE, "graphic"),
    (STATE_ISSUED, BASE, "graphic"),
    (STATE_EXCLUDED, BASE, "graphic"),
    (ACCENT, BASE, "graphic"),
    (ACCENT, CURRENT_TINT, "graphic"),
    (CHART_AXIS, BASE, "text"),
)

# Colours that carry no information by contrast, so WCAG sets them no minimum: a disabled
# item's hint, frames, the chart's grid, a disabled button and the hatched hour in
# progress (its outline is the accent).
DECORATIVE = (TEXT_DISABLED, BORDER, CHART_GRID, ACCENT_PALE, ACCENT_DISABLED)


def luminance(colour: str) -> float:
    """The relative luminance of ``#rrggbb`` (WCAG 2.x)."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


MINIMUM: dict[Kind, float] = {"text": 4.5, "large": 3.0, "graphic": 3.0}
