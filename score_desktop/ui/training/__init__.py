"""Classroom training: the sessions list, planning a session, and a session's page (participants, attendance per
day, feedback, results, the attendance sheet and certificates)."""
