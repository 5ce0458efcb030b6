"""Programme results (the coordinator's dashboard): figures over a workspace, Qt-free (imports store and domain)."""
