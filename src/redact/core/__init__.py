"""The pure domain: small frozen dataclasses and rules, standard library only.

Nothing here knows about Qt, PDF libraries or spaCy, so the GUI, the CLI and the tests can all
reason about a case without loading any of them.
"""
