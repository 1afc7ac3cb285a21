"""Make the static bold report fonts from the variable Noto fonts.

The fontpkg packages ship Noto Sans and Noto Sans Arabic as variable fonts. ReportLab
draws a variable font's default instance (Regular) and cannot pick another weight, so the
report's bold faces are static instances cut from the same files with
fontTools, once, here, and committed to resources/fonts/ (instancing Noto Sans takes about
twenty seconds: too slow to do when a report is built). The italic needs no instance:
the italic file's default instance is Italic Regular. Both fonts are OFL-1.1 with no
Reserved Font Name, which allows derived instances; the licence travels with them.

    .venv/bin/python packaging/make_fonts.py

Run it again when the fontpkg packages change version; tests/reports/test_fonts.py checks
that the committed faces were cut from the installed version. fontTools is needed only
here (``pip install fonttools``), not by Peerview.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.paths import STATIC_FONTS, font_sources, resource_path  # noqa: E402


def main() -> int:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    out_dir = resource_path("fonts")
    out_dir.mkdir(parents=True, exist_ok=True)
    made: dict[str, str] = {}
    for name, (source, weight, version) in font_sources().items():
        font = TTFont(str(source))
        static = instancer.instantiateVariableFont(
            font, {"wght": weight, "wdth": 100}, updateFontNames=True
        )
        target = out_dir / STATIC_FONTS[name]
        static.save(str(target))
        made[STATIC_FONTS[name]] = version
        print(f"wrote {target} ({target.stat().st_size:,} bytes) from {source.name} {version}")
    (out_dir / "versions.json").write_text(json.dumps(made, indent=2, sort_keys=True) + "\n")
    for package in ("fontpkg_noto_sans", "fontpkg_noto_sans_arabic"):
        module = __import__(package)
        shutil.copy(module.ROOT / "LICENSE", out_dir / f"LICENSE-{package}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
