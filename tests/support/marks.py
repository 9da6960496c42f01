"""Skip marks shared by test modules."""

from __future__ import annotations

import pytest

from redact.ingest.office import libreoffice

needs_libreoffice = pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is installed by `make setup`")
