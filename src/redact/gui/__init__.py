"""The case handler's desktop app (PySide6): the only package that imports Qt.

It is a view over `redact.services` and the core objects: it never reads PDFs itself, and every
decision goes through the services, which append it to the case's log before it counts.
"""
