"""The conversation side of whosaid: the facade (service.py), answering, the model, the terminal,
Telegram, and eval."""
