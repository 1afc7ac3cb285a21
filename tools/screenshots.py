"""Every page of the window as a picture, into docs/screenshots: one command makes them all.

    ./dev screenshots                     (it installs Xvfb when it can)
    .venv/bin/python -m tools.screenshots [--out DIR] [--only NAME ...] [--no-x11]
    ./dev screenshots --language cy       the Welsh interface, into docs/screenshots/cy

Each scene of tools/scenes.py (the reviews list, empty and full; each page of the demo
review; the safeguarding dialog) is drawn in each variant:

    NAME.png               the documentation picture the README and the guide show
    NAME-dark.png          the same in dark mode
    NAME-1024x600.png      on a 1024×600 screen, the window filling it
    NAME-1366x768@125.png  on a 1366×768 screen at 125% scaling (1093×614 logical pixels)
    NAME-1366x768@150.png  the same at 150% (911×512)

A screen variant is a picture of the screen, not of the window: a window that cannot
shrink to the screen is cut off at its edge, as on the laptop, and the script names each
scene whose window did not fit. Everything is drawn with Qt's offscreen platform, then
again under Xvfb, the X11 platform of a Linux desktop, into ``x11/`` (all but the light
documentation pictures). Qt reads the scaling before it starts, so each variant is drawn
by a process of its own, from a copy of data built once (tools/shots_data.py) in a
throwaway folder: the person's own reviews, settings and keyring are never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "docs" / "screenshots"
X11_FOLDER = "x11"
# The X server's screen for the variants drawn at the documentation size.
_DOC_SCREEN = (1600, 1000)


@dataclass(frozen=True)
class Variant:
    name: str  # as given to --variant
    suffix: str  # added to the scene's name in the file name
    screen: tuple[int, int] | None = None  # physical pixels; None: the documentation size
    scale: float = 1.0
    dark: bool = False
    on_x11: bool = True


VARIANTS = (
    Variant("doc", "", on_x11=False),
    Variant("dark", "-dark", dark=True, on_x11=False),
    Variant("1024x600", "-1024x600", (1024, 600)),
    Variant("1366x768@125", "-1366x768@125", (1366, 768), 1.25),
    Variant("1366x768@150", "-1366x768@150", (1366, 768), 1.5),
)
BY_NAME = {v.name: v for v in VARIANTS}


def picture_path(out_dir: Path, scene: str, variant: Variant, platform: str) -> Path:
    folder = out_dir / X11_FOLDER if platform == "x11" else out_dir
    return folder / f"{scene}{variant.suffix}.png"


def environment(folder: Path) -> dict[str, str]:
    """Variables for every picture-taking process: a configuration folder of its own, a
    keyring that keeps nothing, and the passphrase of the pictures' throwaway keys."""
    from tools.shots_data import PASSPHRASE

    return {
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "xdg-data"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PEERVIEW_PASSPHRASE": PASSPHRASE,
    }


def _child_command(
    variant: Variant, platform: str, data: Path, review_id: str, out_dir: Path, only: list[str]
) -> list[str]:
    command = [sys.executable, "-m", "tools.screenshots", "--variant", variant.name,
               "--platform", platform, "--data", str(data), "--review", review_id,
               "--out", str(out_dir)]  # fmt: skip
    for name in only:
        command += ["--only", name]
    if platform == "x11":
        width, height = variant.screen or _DOC_SCREEN
        xvfb = shutil.which("xvfb-run")
        assert xvfb is not None
        command = [xvfb, "-a", "-s", f"-screen 0 {width}x{height}x24", *command]
    return command


def _qt_platform(variant: Variant, platform: str, folder: Path) -> str:
    if platform == "x11":
        return "xcb"
    if variant.screen is None:
        return "offscreen"
    # Qt's offscreen platform takes its screen from a file: the laptop's, in pixels.
    width, height = variant.screen
    config = folder / f"screen-{width}x{height}.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    # No pretend window frame: X11 under Xvfb has no window manager to draw one either.
    config.write_text(
        json.dumps({"screens": [screen], "windowFrameMargins": False}), encoding="utf-8"
    )
    return f"offscreen:configfile={config}"


# A translation's pictures: what a translator checks (the words, and that they fit).
LANGUAGE_VARIANTS = ("doc", "1024x600")


def make_all(
    out_dir: Path, only: list[str], platforms: list[str], variants: Sequence[Variant] = VARIANTS
) -> int:
    with tempfile.TemporaryDirectory(prefix="peerview-shots-") as tmp:
        folder = Path(tmp)
        # This process builds the data (identities included), so it needs them too.
        os.environ.update(environment(folder))
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
        from tools.shots_data import build

        print("Building the pictures' data (the demo review, its team, their bundles) ...")
        data = build(folder / "data")
        failed = 0
        for platform in platforms:
            for variant in variants:
                if platform == "x11" and not variant.on_x11:
                    continue
                print(f"Drawing {variant.name} ({platform}) ...", flush=True)
                child_env = {
                    **env,
                    "QT_QPA_PLATFORM": _qt_platform(variant, platform, folder),
                    "XDG_CONFIG_HOME": str(folder / f"config-{platform}-{variant.name}"),
                }
                if variant.scale != 1.0:
                    child_env["QT_SCALE_FACTOR"] = str(variant.scale)
                done = subprocess.run(
                    _child_command(variant, platform, data.lead.parent, data.review_id,
                                   out_dir, only),
                    env=child_env, cwd=REPO, check=False,
                )  # fmt: skip
                failed += done.returncode != 0
    if failed:
        print(f"{failed} variant(s) failed; see above.", file=sys.stderr)
        return 1
    print(f"Pictures written to {out_dir} (and {out_dir / X11_FOLDER} for X11). Open each.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.screenshots",
        description="Every page of the window as a picture (see the module's docstring).",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: docs/screenshots")
    parser.add_argument(
        "--only", action="append", default=[], metavar="NAME", help="a scene (repeat for more)"
    )
    parser.add_argument("--no-x11", action="store_true", help="offscreen only, no Xvfb")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the interface in this language (cy: Welsh), into docs/screenshots/CODE: "
        "the documentation pictures and 1024x600 only, offscreen",
    )
    # One variant in this process: how the parent starts its children.
    parser.add_argument("--variant", choices=sorted(BY_NAME), help=argparse.SUPPRESS)
    parser.add_argument("--platform", default="offscreen", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--review", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    from tools.scenes import SCENES

    unknown = set(args.only) - {s.name for s in SCENES}
    if unknown:
        parser.error(f"no scene {', '.join(sorted(unknown))}; the scenes are: "
                     + ", ".join(s.name for s in SCENES))  # fmt: skip
    if args.variant:
        from tools.shots_data import PictureData
        from tools.shots_render import draw_variant

        data = PictureData(args.data / "lead", args.data / "empty", args.review)
        return draw_variant(BY_NAME[args.variant], args.platform, data, args.out, args.only)
    platforms = ["offscreen"]
    if args.language:
        # The window's start reads it (app/ui/i18n.py); the children inherit it.
        os.environ["PEERVIEW_LANGUAGE"] = args.language
        out = args.out if args.out != DEFAULT_OUT else DEFAULT_OUT / args.language
        out.mkdir(parents=True, exist_ok=True)
        chosen = [BY_NAME[name] for name in LANGUAGE_VARIANTS]
        return make_all(out, args.only, platforms, chosen)
    if not args.no_x11:
        if shutil.which("xvfb-run") is None:
            print("The X11 pictures need Xvfb: ./dev screenshots installs it (as root), or "
                  "apt-get install xvfb xauth; or pass --no-x11.", file=sys.stderr)  # fmt: skip
            return 1
        platforms.append("x11")
    args.out.mkdir(parents=True, exist_ok=True)
    return make_all(args.out, args.only, platforms)


if __name__ == "__main__":
    sys.exit(main())
