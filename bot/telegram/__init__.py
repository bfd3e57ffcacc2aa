"""The Telegram front-end (python-telegram-bot): app, handlers, rendering, streaming, guard, memory."""
