"""`python -m bot`: the `whosaid` command (bot/terminal/cli.py) without the installed script."""

import sys

from bot.terminal.cli import main

sys.exit(main())
