"""One module per capability: the only code that mutates data. No Qt here, ever."""
