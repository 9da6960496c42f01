#!/bin/sh
# Tests the Debian package on this machine: install it with dpkg -i, run the installed
# `redact --selftest` as an ordinary user (case handlers have no admin rights), uninstall it with
# dpkg -r, and check that nothing of it is left. Run by hand or in CI after `make deb`; it is not
# part of `make test`. Needs root (or sudo). Exit status: that of the selftest, or 1 if installing
# or uninstalling went wrong.
#
#   installer/linux/test-deb.sh [dist/redact_VERSION_ARCH.deb]
set -u

DEB=${1:-$(ls -t dist/redact_*.deb 2>/dev/null | head -n 1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "test-deb.sh: no package (run make deb)" >&2; exit 2; }
SUDO=""
[ "$(id -u)" = "0" ] || SUDO=sudo
fail() { echo "FEJL $*"; status=1; }
status=0

if dpkg -s redact >/dev/null 2>&1; then
	echo "test-deb.sh: redact is already installed; remove it first (dpkg -r redact)" >&2
	exit 2
fi

echo "== dpkg -i $DEB"
if ! $SUDO dpkg -i "$DEB"; then
	echo "FEJL dpkg -i failed (missing dependencies? apt-get install -f installs them)"
	$SUDO dpkg -r redact >/dev/null 2>&1
	exit 1
fi

for f in /opt/redact/redact /usr/bin/redact /usr/share/applications/redact.desktop \
	/usr/share/mime/packages/redact.xml /usr/share/icons/hicolor/scalable/apps/redact.svg; do
	[ -e "$f" ] && echo "OK   installed $f" || fail "not installed: $f"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
	desktop-file-validate /usr/share/applications/redact.desktop && echo "OK   desktop entry valid" \
		|| fail "desktop entry invalid"
fi
if [ -f /usr/share/mime/globs2 ]; then
	grep -q 'application/x-redact-case:\*\.redact' /usr/share/mime/globs2 \
		&& echo "OK   *.redact registered as application/x-redact-case" || fail "*.redact not in the MIME database"
fi

echo "== redact --selftest (installed command, as an unprivileged user, from /tmp)"
if [ "$(id -u)" = "0" ] && command -v runuser >/dev/null 2>&1; then
	(cd /tmp && HOME=/tmp runuser -u nobody -- redact --selftest)
else
	(cd /tmp && redact --selftest)
fi
selftest=$?
[ $selftest -eq 0 ] || fail "selftest exit status $selftest"

echo "== dpkg -r redact"
$SUDO dpkg -r redact || fail "dpkg -r failed"
for f in /opt/redact /usr/bin/redact /usr/share/applications/redact.desktop /usr/share/mime/packages/redact.xml \
	/usr/share/icons/hicolor/scalable/apps/redact.svg; do
	[ -e "$f" ] && fail "left after uninstall: $f" || echo "OK   removed $f"
done
if [ -f /usr/share/mime/globs2 ] && grep -q 'x-redact-case' /usr/share/mime/globs2; then
	fail "*.redact still in the MIME database"
fi

[ $status -eq 0 ] && echo "test-deb.sh: install, selftest and uninstall passed" || echo "test-deb.sh: FAILED"
[ $selftest -ne 0 ] && exit $selftest
exit $status
