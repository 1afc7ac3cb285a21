#!/bin/sh
# Install Peerview for the current user only (no root): the program into
# ~/.local/lib/peerview, the `peerview` command into ~/.local/bin, and the menu entry,
# AppStream metainfo and icons into ~/.local/share. Run it again to upgrade.
#   ./install.sh              install or upgrade
#   ./install.sh --uninstall  remove the program (your reviews in ~/.local/share/Peerview stay)
# PREFIX=/opt/peerview-root ./install.sh installs elsewhere (as root, for every user).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-"$HOME/.local"}
app_id=org.peerview.Peerview
lib="$prefix/lib/peerview"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib"
  rm -f "$prefix/bin/peerview" "$prefix/share/applications/$app_id.desktop" \
        "$prefix/share/metainfo/$app_id.metainfo.xml"
  find "$prefix/share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  echo "Peerview removed. Your data folder was left alone."
  exit 0
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share"
rm -rf "$lib.new"
cp -R "$here/peerview" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/peerview" "$prefix/bin/peerview"
cp -R "$here/share/." "$prefix/share/"
# The menu entry runs the installed program even when ~/.local/bin is not on PATH.
sed "s|^Exec=peerview|Exec=$lib/peerview|" "$here/share/applications/$app_id.desktop" \
  > "$prefix/share/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "Peerview installed in $lib; start it from the menu or run: $prefix/bin/peerview"
