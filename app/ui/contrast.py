"""Text contrast, measured as WCAG 2 does, and a palette made to meet it.

Whatever palette the platform (or Peerview's fallback) supplies, every text role must be
readable on its background: 4.5:1 for the Active and Inactive groups (WCAG 1.4.3), and
for the Disabled group at least 3:1 (still readable) yet clearly fainter than the enabled
text, so a greyed-out button does not look like one that works. Qt's own Fusion palette
misses both in light mode (disabled text #bebebe on #efefef is 1.6:1) and a hand-made
palette that sets one colour per role makes disabled text identical to enabled text.
``readable`` mends only the pairs that fail, so a good platform palette is kept as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Enabled text must reach this against its background (WCAG 1.4.3, normal text).
TEXT_MINIMUM = 4.5
#: Disabled text: readable (the WCAG figure for large text and for controls' edges)...
DISABLED_MINIMUM = 3.0
#: ...and this many times fainter than the same role enabled, so it looks switched off.
DISABLED_STEP = 1.5

#: (text role, the background it is drawn on).
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)
ENABLED_GROUPS = (Group.Active, Group.Inactive)
#: Backgrounds that carry only their own text: where that text is too faint, the accent
#: moves (a deeper blue under white text) rather than the text turning grey.
ACCENTS = (Role.Highlight,)


def _channel(value: float) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2), 0 for black to 1 for white."""
    r, g, b = (_channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: QColor, b: QColor) -> float:
    """The contrast ratio of two opaque colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(fg: QColor, bg: QColor) -> QColor:
    """``fg`` as seen on ``bg``: a translucent colour (Qt's placeholder text is one)
    composited onto the background, which is what the eye gets."""
    a = fg.alphaF()
    return QColor.fromRgbF(
        fg.redF() * a + bg.redF() * (1 - a),
        fg.greenF() * a + bg.greenF() * (1 - a),
        fg.blueF() * a + bg.blueF() * (1 - a),
    )


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of the way from ``a`` to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def seen_ratio(palette: QPalette, group: QPalette.ColorGroup, fg: Role, bg: Role) -> float:
    back = palette.color(group, bg)
    return ratio(over(palette.color(group, fg), back), back)


def toward(start: QColor, goal: QColor, against: QColor, target: float) -> QColor:
    """The colour nearest ``start`` on the way to ``goal`` whose contrast with
    ``against`` is ``target`` (or ``goal`` itself when even that falls short)."""
    if ratio(start, against) >= target:
        return start
    low, high = 0.0, 1.0
    for _ in range(20):
        t = (low + high) / 2
        if ratio(mix(start, goal, t), against) >= target:
            high = t
        else:
            low = t
    return mix(start, goal, high)


def extreme(against: QColor) -> QColor:
    """Black or white, whichever stands out more on ``against``."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if ratio(black, against) >= ratio(white, against) else white


def disabled_ok(palette: QPalette, fg: Role, bg: Role) -> bool:
    enabled = seen_ratio(palette, Group.Active, fg, bg)
    disabled = seen_ratio(palette, Group.Disabled, fg, bg)
    return disabled >= DISABLED_MINIMUM and enabled / disabled >= DISABLED_STEP - 0.01


def failures(palette: QPalette) -> Iterator[str]:
    """Every text pair that misses its minimum, described for a test's message."""
    for fg, bg in TEXT_PAIRS:
        for group in ENABLED_GROUPS:
            found = seen_ratio(palette, group, fg, bg)
            if found < TEXT_MINIMUM:
                yield f"{group.name} {fg.name} on {bg.name}: {found:.2f}:1"
        if not disabled_ok(palette, fg, bg):
            yield (
                f"Disabled {fg.name} on {bg.name}: {seen_ratio(palette, Group.Disabled, fg, bg):.2f}:1"
                f" (enabled {seen_ratio(palette, Group.Active, fg, bg):.2f}:1)"
            )


def readable(palette: QPalette) -> QPalette:
    """A copy of ``palette`` in which every text pair meets its minimum; colours that
    already do are left as they are."""
    result = QPalette(palette)
    goal = TEXT_MINIMUM + 0.05
    for fg, bg in TEXT_PAIRS:
        for group in ENABLED_GROUPS:
            back = result.color(group, bg)
            seen = over(result.color(group, fg), back)
            if ratio(seen, back) >= TEXT_MINIMUM:
                continue
            if bg in ACCENTS:
                result.setColor(group, bg, toward(back, extreme(seen), seen, goal))
            else:
                result.setColor(group, fg, toward(seen, extreme(back), back, goal))
        if disabled_ok(result, fg, bg):
            continue
        back = result.color(Group.Disabled, bg)
        enabled = seen_ratio(result, Group.Active, fg, bg)
        # Fainter than enabled by DISABLED_STEP, never under DISABLED_MINIMUM; at most
        # 4:1 so that it reads as switched off even beside very high-contrast text.
        wanted = max(DISABLED_MINIMUM + 0.02, min(4.0, enabled / DISABLED_STEP - 0.02))
        start = over(result.color(Group.Active, fg), back)
        result.setColor(Group.Disabled, fg, toward(back, start, back, wanted))
    return result
