"""The one API the CLI and the GUI both call. Services compose the layers below; they hold no
state of their own beyond what they are given."""
