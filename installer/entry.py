"""Entry point of the PyInstaller bundle (installer/redact.spec).

`redact` is the command (CLI, `--selftest`, `redact gui`). On Windows the bundle also has
`redact-gui.exe`, the same program built without a console window for the Start menu and for
opening case files: started under that name it runs `redact gui [FILE]`.
freeze_support() lets worker processes (`--jobs N`, spawned on Windows) start in a frozen app.
"""

import multiprocessing
import sys
from pathlib import Path

from redact.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    if Path(sys.executable).stem.lower() == "redact-gui":
        args = ["gui", *args]
    sys.exit(main(args))
