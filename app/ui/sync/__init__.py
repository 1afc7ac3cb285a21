"""The sync view: bundles sent and received, held entries, quarantine, conflicts."""
