"""The Telegram bot: handlers, formatting and reminder jobs over `index.engine.Engine`."""
