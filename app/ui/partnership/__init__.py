"""The partnership view beside "Your reviews": members and protocol, the review schedule,
the reviewer pool and the expertise directory. Only the partnership lead's laptop edits."""
