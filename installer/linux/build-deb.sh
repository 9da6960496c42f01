#!/bin/sh
# Builds the Debian package of redact from the PyInstaller bundle (make bundle), with dpkg-deb.
#
#   installer/linux/build-deb.sh [BUNDLE_DIR] [OUT_DIR]      (make deb: dist/redact -> dist/)
#
# Installs: /opt/redact/ (the bundle), /usr/bin/redact (a wrapper), the desktop entry
# /usr/share/applications/redact.desktop, the MIME type of case files (*.redact) in
# /usr/share/mime/packages/redact.xml, and an icon. The desktop and MIME databases are refreshed by
# the dpkg triggers of desktop-file-utils and shared-mime-info, so there are no maintainer scripts.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=${1:-dist/redact}
OUT=${2:-dist}
[ -x "$BUNDLE/redact" ] || { echo "build-deb.sh: no bundle at $BUNDLE (run make bundle)" >&2; exit 2; }

VERSION=$("$BUNDLE/redact" --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
PKG="redact_${VERSION}_${ARCH}"
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/redact-deb.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/$PKG"

mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
	"$ROOT/usr/share/mime/packages" "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/doc/redact"
cp -a "$BUNDLE" "$ROOT/opt/redact"
chmod -R u+rwX,go+rX,go-w "$ROOT/opt/redact"

# A wrapper, not a symlink: the bundle finds its _internal folder next to the real executable.
cat > "$ROOT/usr/bin/redact" <<'EOF'
#!/bin/sh
exec /opt/redact/redact "$@"
EOF
chmod 755 "$ROOT/usr/bin/redact"
install -m 644 "$HERE/redact.desktop" "$ROOT/usr/share/applications/redact.desktop"
install -m 644 "$HERE/redact-mime.xml" "$ROOT/usr/share/mime/packages/redact.xml"
install -m 644 "$HERE/redact.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/redact.svg"
cat > "$ROOT/usr/share/doc/redact/copyright" <<'EOF'
redact: offline redaction of case files for Danish access-to-documents requests (aktindsigt).
License: AGPL-3.0-or-later (PyMuPDF is AGPL). The bundled NER model (models/da_redact_ner) is
CC BY-SA 4.0; see its README.md in /opt/redact/_internal/models/da_redact_ner.
The bundled Python libraries and Qt keep their own licences (see /opt/redact/_internal).
EOF

SIZE=$(du -sk "$ROOT" | cut -f1)
# System libraries the bundle does not carry (found with ldd over the bundle): glibc (built on
# Debian 12), OpenGL/EGL and the xcb helpers for Qt's X11 platform, and fonts for the Qt UI.
cat > "$ROOT/DEBIAN/control" <<EOF
Package: redact
Version: $VERSION
Architecture: $ARCH
Maintainer: redact developers <redact@localhost>
Installed-Size: $SIZE
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libxcb-icccm4, libxcb-keysyms1, libfontconfig1, fonts-dejavu-core
Recommends: libreoffice-writer-nogui | libreoffice-writer, shared-mime-info, desktop-file-utils
Section: misc
Priority: optional
Description: offline redaction of documents for access requests (aktindsigt)
 redact helps a case handler in a Danish authority answer a request for access
 to documents: it proposes what personal data to black out, with the legal
 basis, and writes truly redacted, verified PDFs. It never opens a network
 connection. Run "redact --selftest" after installing.
EOF
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' md5sum) \
	> "$ROOT/DEBIAN/md5sums"

mkdir -p "$OUT"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$OUT/$PKG.deb" >/dev/null
echo "Package: $OUT/$PKG.deb ($(du -h "$OUT/$PKG.deb" | cut -f1); installed $((SIZE / 1024)) MB). Test: installer/linux/test-deb.sh $OUT/$PKG.deb"
