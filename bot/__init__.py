"""The conversation side of whosaid: answer(), the REPL, Telegram, eval."""
