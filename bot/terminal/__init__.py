"""The terminal front-end: the `whosaid` command line, the REPL, and rich rendering."""
