"""The bench figures that drive the real window (Qt). Only ``app.bench.run`` imports these
modules, when the bench runs; the rest of ``app.bench`` stays Qt-free."""
